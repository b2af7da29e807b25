from django import forms
from django.utils.translation import gettext_lazy as _

from config.lib.forms import ListFilterForm

from .models import Body, Venue


def body_filter(label):
    """A list filter by body, named by its slug in the query string (``?body=irg``)."""
    return forms.ModelChoiceField(
        label=label,
        queryset=Body.objects.order_by("symbol_prefix"),
        to_field_name="slug",
        required=False,
        empty_label=_("All bodies"),
    )


class SessionFilterForm(ListFilterForm):
    """The filters of the sessions list: a GET form; a bad value is ignored and reported."""

    WHEN_CHOICES = [
        ("", _("All sessions")),
        ("upcoming", _("Upcoming")),
        ("past", _("Past")),
    ]

    body = body_filter(_("Body"))
    venue = forms.ModelChoiceField(
        label=_("Venue"),
        queryset=Venue.objects.order_by("city", "name"),
        required=False,
        empty_label=_("All venues"),
    )
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2999)
    when = forms.ChoiceField(label=_("Upcoming or past"), choices=WHEN_CHOICES, required=False)

    def filter(self, sessions):
        """``sessions`` narrowed by the valid filters."""
        data = self.valid_data()
        if data.get("body"):
            sessions = sessions.filter(body=data["body"])
        if data.get("venue"):
            sessions = sessions.filter(venue=data["venue"])
        if data.get("year"):
            sessions = sessions.of_year(data["year"])
        if data.get("when") == "upcoming":
            sessions = sessions.upcoming()
        elif data.get("when") == "past":
            sessions = sessions.past()
        return sessions
