"""The filter forms of the public lists."""

from django import forms


def without_nul(data):
    """GET data without NUL characters, which no database column can hold (PostgreSQL
    refuses them outright): a filter value with one is simply not found."""
    if data is None:
        return None
    cleaned = data.copy()
    for key in cleaned:
        cleaned.setlist(key, [value.replace("\x00", "") for value in data.getlist(key)])
    return cleaned


class ListFilterForm(forms.Form):
    """A list page's filters (GET): a bad value is reported on the form and not applied;
    the valid ones still filter."""

    def valid_data(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if name not in self.errors}

    def filter(self, queryset):
        raise NotImplementedError
