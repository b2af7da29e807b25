"""What the project itself stores beside the apps' content: the search's synonyms."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class SearchSynonymQuerySet(models.QuerySet):
    def variants(self, text, limit=10):
        """``text`` and the texts it reads as once a declared term in it is replaced by its
        synonym (either way round, whatever the case): 实益所有权 → 受益所有权."""
        variants = [text]
        for term, synonym in self.values_list("term", "synonym"):
            for found, other in ((term, synonym), (synonym, term)):
                pattern = re.compile(re.escape(found), re.IGNORECASE)
                variant = pattern.sub(lambda _match, other=other: other, text)
                if variant != text and variant.casefold() not in {v.casefold() for v in variants}:
                    variants.append(variant)
        return variants[:limit]


class SearchSynonym(models.Model):
    """Two words or phrases the search takes as one: searching either finds both."""

    term = models.CharField(
        _("term"), max_length=200, help_text=_("A word or phrase as readers search it.")
    )
    synonym = models.CharField(
        _("synonym"),
        max_length=200,
        help_text=_(
            "What the search also looks for when a query holds the term, and the other way round."
        ),
    )

    objects = SearchSynonymQuerySet.as_manager()

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["term", "synonym"]
        constraints = [
            models.UniqueConstraint(Lower("term"), Lower("synonym"), name="unique_search_synonym"),
            models.CheckConstraint(
                condition=~Q(term=models.F("synonym")), name="synonym_not_the_term"
            ),
        ]

    def __str__(self):
        return f"{self.term} ↔ {self.synonym}"

    def clean(self):
        self.term = " ".join(self.term.split())
        self.synonym = " ".join(self.synonym.split())
        if self.term and self.term.casefold() == self.synonym.casefold():
            raise ValidationError({"synonym": _("A synonym is another word than the term.")})
