"""Fill in the admin's own forms as a browser would: start from the rendered change form
(every field with its current value, the inline management forms included), change a few
fields, add inline rows, and POST the lot."""

import datetime

from django.forms import CheckboxInput, ModelMultipleChoiceField, MultipleChoiceField


def _field_value(form, name, field):
    value = field.prepare_value(form[name].value())
    if isinstance(field.widget, CheckboxInput):
        return "on" if value else None
    if value is None:
        return None if isinstance(field, MultipleChoiceField | ModelMultipleChoiceField) else ""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _add_form(data, form):
    for name, field in form.fields.items():
        value = _field_value(form, name, field)
        if value is not None:
            data[form.add_prefix(name)] = value


def form_data(response):
    """The POST data of an admin add/change page as rendered (a GET response)."""
    assert response.status_code == 200, response.status_code
    data = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        _add_form(data, formset.management_form)
        for form in formset.forms:
            _add_form(data, form)
    return data


def add_inline_row(data, prefix, **values):
    """Append a row to the inline formset ``prefix`` (e.g. "agenda_items"); returns its index."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    for name, value in values.items():
        data[f"{prefix}-{index}-{name}"] = value
    return index


def set_row(data, prefix, index, **values):
    for name, value in values.items():
        data[f"{prefix}-{index}-{name}"] = value


def errors_of(response):
    """Every error shown on a re-rendered admin form: the form's, the inline forms' and the
    inline formsets' own (as text)."""
    errors = []
    adminform = response.context["adminform"].form
    errors += [str(e) for field_errors in adminform.errors.values() for e in field_errors]
    for inline in response.context.get("inline_admin_formsets", []):
        errors += [str(e) for e in inline.formset.non_form_errors()]
        for form_errors in inline.formset.errors:
            errors += [str(e) for field_errors in form_errors.values() for e in field_errors]
    return errors
