"""Lookups the project's queries use as filter expressions (``queryset.filter(AnyOf(...))``)."""

from django.db.models import F
from django.db.models.lookups import In


class AnyOf(In):
    """``AnyOf(F("agenda_item_id"), ids)``: ``agenda_item_id IN ids``, for the thousands of
    keys of a chunk of rows, without the cost of each key. Keys that are integers are not
    prepared one by one, and PostgreSQL receives them as one array (``= ANY(%s)``) instead
    of one placeholder each, which the driver would find one by one in the SQL. Other
    databases get ``IN (...)``."""

    def __init__(self, path, values):
        super().__init__(F(path) if isinstance(path, str) else path, list(values))

    def get_prep_lookup(self):
        if all(type(value) is int for value in self.rhs):
            return self.rhs
        return super().get_prep_lookup()

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        array_of = self.lhs.output_field.cast_db_type(connection)
        values = [value for value in self.rhs if value is not None]
        return f"{lhs} = ANY(%s::{array_of}[])", (*lhs_params, values)
