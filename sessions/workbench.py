"""The session's workbench: the agenda editor and the programme slots on the session's page.

**The agenda editor.** One row per item: its label (``1``, ``1(a)``), its title in the editing
language (the others one click away), its annotation and citations in a panel folded under
it. The label says both the place and the parent: ``3(b)`` is the second sub-item of item 3.
Dragging a row (or its move buttons) renumbers the labels in the page (static/js/
session-workbench.js); the server reads the labels only, and checks them together: each
well formed, no two alike, each sub-item under an item of the page. Items that swap labels
are saved in an order that never stores two items under one label.

**The programme slots.** Each slot's row lists the session's items it takes up, chosen and
ordered in place; whether an entry continues an item of an earlier slot is derived
(``services.set_slot_items``).
"""

import re

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.widgets import AdminTimeWidget, AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Prefetch, Value
from django.db.models.functions import Cast, Concat
from django.forms.models import BaseInlineFormSet
from django.utils.translation import get_language_bidi, get_language_info, gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from agendas.models import AgendaItem, item_label
from agendas.services import set_item_documents
from config.lib.i18n import FALLBACK_LANGUAGE, LOCAL_NAMES, in_every_language
from documents.models import Document

from . import services
from .models import ProgrammeEntry, ProgrammeSlot

#: An item's label as typed: ``3`` or ``3(b)`` (spaces tolerated).
LABEL_PATTERN = re.compile(r"^\s*(\d{1,3})\s*(?:\(\s*([a-z]{1,2})\s*\))?\s*$")

#: Times as editors write them: 10:00, not 10:00:00.
TIME_WIDGET = {"widget": AdminTimeWidget(format="%H:%M")}


def parse_label(text):
    """``"3(b)"`` → ``(3, "b")``, ``"3"`` → ``(3, "")``; None when it is not a label."""
    match = LABEL_PATTERN.match(text or "")
    if not match or int(match.group(1)) < 1:
        return None
    return int(match.group(1)), match.group(2) or ""


def language_attrs(code):
    """The ``lang`` and ``dir`` of an input for text in language ``code``."""
    return {"lang": code, "dir": "rtl" if get_language_info(code)["bidi"] else "ltr"}


def editing_languages():
    """(code, name in itself) of each language, in the order of the settings."""
    return [(code, LOCAL_NAMES.get(code, code)) for code, _name in settings.LANGUAGES]


class SavesMore:
    """A model form that writes more once its object is saved (``save_more``), whether it is
    saved at once or its many-to-many data later (``save_m2m``, as the admin does)."""

    def save(self, commit=True):
        obj = super().save(commit=commit)
        if commit:
            self.save_more()
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_more():
                save_m2m()
                self.save_more()

            self.save_m2m = save_m2m_and_more
        return obj


class AgendaItemInlineForm(SavesMore, forms.ModelForm):
    """An agenda item on its session's page: label, titles, annotations and what it cites.

    The documents are stored as AgendaItemDocument rows (cited in the annotation, or also
    listed under “Documents”); the item's own page orders them and edits them one by one.
    """

    item_label = forms.CharField(
        label=_("label"),
        max_length=12,
        help_text=_("3 for item 3, 3(b) for its sub-item (b)."),
        # Left to right in every language: 3(b), never (b)3.
        widget=forms.TextInput(attrs={"size": 5, "class": "agenda-label", "dir": "ltr"}),
    )
    listed_documents = forms.ModelMultipleChoiceField(
        label=_("Documents listed under “Documents”"),
        queryset=Document.objects.all(),
        required=False,
        widget=AutocompleteSelectMultiple(AgendaItem._meta.get_field("documents"), admin.site),
    )
    cited_documents = forms.ModelMultipleChoiceField(
        label=_("Other documents cited in the annotation"),
        queryset=Document.objects.all(),
        required=False,
        widget=AutocompleteSelectMultiple(AgendaItem._meta.get_field("documents"), admin.site),
    )

    class Meta:
        model = AgendaItem
        fields = (*in_every_language("title", "annotation"), "resolutions")
        widgets = {
            **{name: forms.TextInput() for name in in_every_language("title")},
            **{name: forms.Textarea(attrs={"rows": 4}) for name in in_every_language("annotation")},
        }

    #: The formset the form belongs to (set by AgendaItemInlineFormSet): a sub-item's parent
    #: is another row of it.
    formset = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.labels_checked_together = True
        self.stored_place = (self.instance.parent_id, self.instance.number, self.instance.letter)
        if self.instance.pk:
            self.initial["item_label"] = self.instance.label
            links = list(self.instance.document_links.all())
            self.initial["listed_documents"] = [link.document_id for link in links if link.listed]
            self.initial["cited_documents"] = [
                link.document_id for link in links if not link.listed
            ]
        for code, name in editing_languages():
            for field, label in (("title", _("Title")), ("annotation", _("Annotation"))):
                widget = self.fields[build_localized_fieldname(field, code)].widget
                widget.attrs.update(language_attrs(code))
                widget.attrs["aria-label"] = f"{label} ({name})"
        self.show_other_title()

    def show_other_title(self):
        """An empty title shows, greyed, the item's title in another language (English
        first): a translator sees what to translate, and every row says which item it is."""
        titles = [
            getattr(self.instance, build_localized_fieldname("title", code)) or ""
            for code in (FALLBACK_LANGUAGE, *(code for code, _name in editing_languages()))
        ]
        other = next((title for title in titles if title), "")
        for code, _name in editing_languages():
            name = build_localized_fieldname("title", code)
            if other and not getattr(self.instance, name):
                self.fields[name].widget.attrs["placeholder"] = other

    def language_fields(self, field):
        return [
            {"code": code, "name": name, "field": self[build_localized_fieldname(field, code)]}
            for code, name in editing_languages()
        ]

    @property
    def titles(self):
        return self.language_fields("title")

    @property
    def annotations(self):
        return self.language_fields("annotation")

    def place_changed(self):
        """Whether the item moved, its label the same (3(a) now under another item 3)."""
        parent = self.instance.parent
        place = (parent.pk if parent is not None else None, self.instance.number)
        return (*place, self.instance.letter) != self.stored_place

    @property
    def is_sub_item(self):
        parts = parse_label(self["item_label"].value())
        return bool(parts and parts[1])

    def posted_label(self):
        """The label as posted (before this form is cleaned): None for a row being deleted
        or left empty."""
        if not self.is_bound:
            return None
        if self.formset is not None and self.formset.can_delete:
            deleted = self.data.get(self.add_prefix("DELETE"))
            if deleted not in (None, "", "false", "False", "off"):
                return None
        return parse_label(self.data.get(self.add_prefix("item_label")))

    def place_as_item(self, number):
        self.instance.parent = None
        self.instance.number = number
        self.instance.letter = ""

    def parent_row(self, number):
        """The item numbered ``number`` among the page's rows (as posted), or None."""
        for form in self.formset.forms if self.formset is not None else ():
            label = form.posted_label()
            if form is not self and label == (number, ""):
                form.place_as_item(number)
                return form.instance
        return None

    def clean_item_label(self):
        text = self.cleaned_data["item_label"]
        parts = parse_label(text)
        if parts is None:
            raise ValidationError(
                gettext("Write the label as 3 for an item or 3(b) for a sub-item."),
                code="label",
            )
        return item_label(*parts)

    def clean(self):
        cleaned_data = super().clean()
        parts = parse_label(cleaned_data.get("item_label"))
        if parts is None:
            return cleaned_data
        number, letter = parts
        if not letter:
            self.place_as_item(number)
            return cleaned_data
        parent = self.parent_row(number)
        if parent is None:
            self.add_error(
                "item_label",
                gettext("There is no item %(number)s on this page for the sub-item %(label)s.")
                % {"number": number, "label": item_label(number, letter)},
            )
            return cleaned_data
        self.instance.parent = parent
        self.instance.number = None
        self.instance.letter = letter
        return cleaned_data

    def _update_errors(self, errors):
        # The model's messages on its number, parent and letter are about the label here;
        # when the label itself was refused, they add nothing.
        if hasattr(errors, "error_dict"):
            moved = [
                error
                for name in ("number", "parent", "letter")
                for error in errors.error_dict.pop(name, [])
            ]
            if moved and not self.has_error("item_label"):
                errors.error_dict.setdefault("item_label", []).extend(moved)
            if not errors.error_dict:
                return
        super()._update_errors(errors)

    def save_more(self):
        set_item_documents(
            item=self.instance,
            listed=self.cleaned_data.get("listed_documents", []),
            cited=self.cleaned_data.get("cited_documents", []),
        )


class AgendaItemInlineFormSet(BaseInlineFormSet):
    """The session's agenda items, their labels checked together (no two items with the same
    label) and saved so that items may swap labels: every label that changes is first set
    aside, then items are saved before their sub-items."""

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.formset = self
        return form

    @property
    def empty_form(self):
        form = super().empty_form
        form.formset = self
        return form

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or not form.cleaned_data:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            label = form.cleaned_data.get("item_label")
            if not label:
                continue
            if label in seen:
                raise ValidationError(
                    gettext(
                        "Two agenda items of this session would both be item %(label)s: "
                        "give each item its own number and each sub-item its own letter."
                    )
                    % {"label": label}
                )
            seen.add(label)

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        with transaction.atomic():
            return self.save_in_label_order()

    def set_labels_aside(self, items):
        """Give ``items`` (saved ones) a temporary label of their own, free for the others."""
        AgendaItem.objects.filter(pk__in=[item.pk for item in items]).update(
            label=Concat(Value("~"), Cast("pk", models.CharField()))
        )

    def save_in_label_order(self):
        self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
        kept, deleted = [], []
        for form in self.forms:
            item = form.instance
            if self.can_delete and self._should_delete_form(form):
                if item.pk is not None:
                    deleted.append(item)
            elif item.pk is not None or form.has_changed():
                kept.append(form)
        # Each label a save may change is set aside first; an item's save relabels its
        # sub-items from their stored letters, so theirs are set aside again after it.
        self.set_labels_aside([form.instance for form in kept if form.instance.pk] + deleted)
        items = [form for form in kept if form.instance.parent is None]
        sub_items = [form for form in kept if form.instance.parent is not None]
        for form in items:
            self.save_row(form)
        self.set_labels_aside([form.instance for form in sub_items if form.instance.pk])
        for form in sub_items:
            # The parent may have been saved just now: take its id.
            form.instance.parent = form.instance.parent
            self.save_row(form)
        # Deleted last: a sub-item moved away from a deleted item is not deleted with it.
        for item in deleted:
            self.deleted_objects.append(item)
            self.delete_existing(item)
        return self.new_objects + [item for item, _changed in self.changed_objects]

    def save_row(self, form):
        item = form.instance
        if item.pk is None:
            self.new_objects.append(self.save_new(form))
        elif form.has_changed() or form.place_changed():
            changed = form.changed_data
            if "item_label" not in changed and form.place_changed():
                changed = ["item_label", *changed]
            self.changed_objects.append((item, changed))
            self.save_existing(form, item)
        else:
            # Its label was set aside: stored again, as it was.
            item.save(update_fields=["label", "position"])


class AgendaItemInline(admin.StackedInline):
    """The agenda editor: one compact row per item (templates/admin/meetings/session/
    agenda_editor.html)."""

    model = AgendaItem
    form = AgendaItemInlineForm
    formset = AgendaItemInlineFormSet
    template = "admin/meetings/session/agenda_editor.html"
    fk_name = "session"
    autocomplete_fields = ("resolutions",)
    show_change_link = True
    extra = 0
    fields = (
        "item_label",
        *in_every_language("title", "annotation"),
        "resolutions",
        "listed_documents",
        "cited_documents",
    )

    def get_extra(self, request, obj=None, **kwargs):
        return 0 if obj is not None and obj.pk else 1

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent").order_by("position")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.editing_languages = editing_languages()
        formset.bidi = get_language_bidi()
        return formset


class OrderedSelectMultiple(forms.SelectMultiple):
    """A multiple select whose chosen options come first, in the order of its value: the
    browser posts them in that order (the page's script reorders the options)."""

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        order = {str(chosen): index for index, chosen in enumerate(value)}

        def place(group):
            chosen = order.get(str(group[1][0]["value"]))
            return (0, chosen) if chosen is not None else (1, group[2])

        return sorted(groups, key=place)


class OrderedItemsField(forms.ModelMultipleChoiceField):
    """Agenda items in the order they were posted (the order of the select's options)."""

    widget = OrderedSelectMultiple

    def posted_order(self, value):
        return [str(pk) for pk in dict.fromkeys(value or ())]

    def clean(self, value):
        items = super().clean(value)
        by_pk = {str(item.pk): item for item in items}
        return [by_pk[pk] for pk in self.posted_order(value) if pk in by_pk]

    def has_changed(self, initial, data):
        return self.posted_order(self.prepare_value(initial)) != self.posted_order(data)


class ProgrammeSlotInlineForm(SavesMore, forms.ModelForm):
    """A slot of the programme with the agenda items it takes up, in order."""

    agenda_items = OrderedItemsField(
        label=_("agenda items taken up"),
        queryset=AgendaItem.objects.none(),
        required=False,
        widget=OrderedSelectMultiple(attrs={"class": "slot-items", "size": 4}),
    )

    class Meta:
        model = ProgrammeSlot
        fields = ("date", "start_time", "end_time")

    def __init__(self, *args, session=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("date", "start_time", "end_time"):
            # A row of a table whose column heads are not the inputs' labels.
            self.fields[name].widget.attrs["aria-label"] = self.fields[name].label
        field = self.fields["agenda_items"]
        if session is not None and session.pk:
            field.queryset = AgendaItem.objects.filter(session=session).order_by("position")
        field.label_from_instance = lambda item: f"{item.label}. {item.title}"
        if self.instance.pk:
            self.initial["agenda_items"] = [
                entry.agenda_item_id for entry in self.instance.entries.all()
            ]

    def save_more(self):
        if "agenda_items" in self.changed_data:
            services.set_slot_items(slot=self.instance, items=self.cleaned_data["agenda_items"])


class ProgrammeSlotInlineFormSet(BaseInlineFormSet):
    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "session": self.instance}

    def save(self, commit=True):
        saved = super().save(commit=commit)
        if commit and self.instance.pk:
            services.derive_continued(session=self.instance)
        return saved


class ProgrammeSlotInline(admin.TabularInline):
    model = ProgrammeSlot
    form = ProgrammeSlotInlineForm
    formset = ProgrammeSlotInlineFormSet
    fields = ("date", "start_time", "end_time", "agenda_items")
    formfield_overrides = {models.TimeField: TIME_WIDGET}
    template = "admin/meetings/session/programme_slots.html"
    extra = 0

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch("entries", queryset=ProgrammeEntry.objects.order_by("position", "pk"))
            )
        )
