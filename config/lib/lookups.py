"""Lookups the project's queries use as filter expressions (``queryset.filter(AnyOf(...))``)."""

from django.db.models import F
from django.db.models.lookups import In

#: Columns compared with an array of ``text`` (a cast to ``varchar(n)[]`` would cut a longer
#: value to n characters, and so find a row it should not).
TEXT_TYPES = ("CharField", "SlugField", "TextField", "EmailField", "URLField")


class AnyOf(In):
    """``AnyOf(F("agenda_item_id"), ids)``: ``agenda_item_id IN ids``, for the thousands of
    keys of a chunk of rows. PostgreSQL receives the keys as one array (``= ANY(%s)``)
    instead of one placeholder each, which the driver would find one by one in the SQL;
    other databases get ``IN (...)``. ``values`` is a list of plain values (keys, texts), not
    a queryset."""

    def __init__(self, path, values):
        if hasattr(values, "query"):
            raise TypeError("AnyOf takes a list of values, not a queryset.")
        super().__init__(F(path) if isinstance(path, str) else path, list(values))

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        field = self.lhs.output_field
        if field.is_relation:
            field = field.target_field
        kind = field.get_internal_type()
        if kind.endswith(("IntegerField", "AutoField")):
            array_of = "bigint"
        elif kind in TEXT_TYPES:
            array_of = "text"
        else:
            array_of = field.cast_db_type(connection)
        values = [value for value in self.rhs if value is not None]
        return f"{lhs} = ANY(%s::{array_of}[])", (*lhs_params, values)
