"""The text of a provisional agenda and annotations, read into plain dataclasses.

The United Nations layout, in any of the six languages:

- the masthead: the Conference, ``Distr.: General``, the date, the language of this version
  and ``Original: English``, the document's symbol when it is printed;
- the body, then the session line: ``Vienna, 12–14 June 2024`` (``2024年6月12日至14日，维也纳``);
- the title (“Provisional agenda and annotations”) and the agenda: items ``1.`` with
  sub-items ``(a)``, ``a)`` or ``(أ)`` (or a bulleted list, numbered in order);
- the annotations (“Annotations”): each item's heading, its paragraphs, footnotes (a
  superscript number in the text, the note at the foot of the page), the documents listed
  under “Documentation”, and the sentence that says with which items of other bodies it is
  discussed in joint meetings;
- the annex, the proposed organization of work: days, times, items, “(continued)”, notes.

Nothing here touches the database: :func:`read_text` returns a :class:`Reading`, and every
line of the source says what it was read as (``part``), or nothing when it could not be placed.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from documents.models import SYMBOL_PATTERN

from .languages import (
    ARABIC_DIGITS,
    ARABIC_LETTER,
    ARABIC_LETTERS,
    FROM_SUPERSCRIPT,
    SUPERSCRIPT_DIGITS,
    chinese_number,
    language_names,
    month_names,
    month_pattern,
    phrases,
)


class ReadingError(ValueError):
    """The text is not a provisional agenda the reader can read."""


@dataclass
class SourceLine:
    number: int
    text: str
    part: str = ""  # what the line was read as; empty when it could not be placed


@dataclass
class JointSentence:
    text: str
    item: str  # the label of the document's own item
    partners: list  # [(label, footnote number or None)] of the other bodies' items


@dataclass
class ListedDocument:
    symbol: str
    title: str


@dataclass
class Item:
    number: int
    letter: str = ""
    title: str = ""
    paragraphs: list = field(default_factory=list)
    listed: list = field(default_factory=list)  # [ListedDocument]
    joint: JointSentence | None = None

    @property
    def label(self):
        return f"{self.number}({self.letter})" if self.letter else str(self.number)

    @property
    def annotation(self):
        return "\n\n".join(self.paragraphs)

    @property
    def resolutions(self):
        """The resolution numbers its annotation cites, in the order of the text."""
        return unique(
            number for paragraph in self.paragraphs for number in resolutions_in(paragraph)
        )

    @property
    def cited(self):
        """The document symbols its annotation cites, in the order of the text."""
        return unique(symbol for paragraph in self.paragraphs for symbol in symbols_in(paragraph))


@dataclass
class ProgrammeEntry:
    label: str
    title: str
    continued: bool = False
    notes: list = field(default_factory=list)
    raw: str = field(default="", compare=False, repr=False)  # the cell as printed


@dataclass
class ProgrammeSlot:
    date: datetime.date
    start: datetime.time
    end: datetime.time | None
    entries: list = field(default_factory=list)


@dataclass
class Reading:
    language: str
    lines: list
    symbol: str = ""
    distribution: str = ""
    distribution_date: datetime.date | None = None
    document_language: str = ""
    original_language: str = ""
    body_name: str = ""
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    city: str = ""
    title: str = ""
    ordinal: int | None = None
    opening_time: datetime.time | None = None
    resources_note: str = ""
    session_resolutions: list = field(default_factory=list)
    items: list = field(default_factory=list)
    footnotes: dict = field(default_factory=dict)
    slots: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)  # letter → text, the programme's notes

    def item(self, label):
        return next((item for item in self.items if item.label == label), None)

    @property
    def unplaced(self):
        return [line for line in self.lines if line.text.strip() and not line.part]

    @property
    def joint_sentences(self):
        return [item.joint for item in self.items if item.joint]


SYMBOL = re.compile(rf"(?<![A-Za-z0-9/.\-]){SYMBOL_PATTERN}")
RESOLUTION = re.compile(r"(?<![A-Za-z0-9/.\-])(\d{1,3})\s*/\s*([1-9]\d{0,2})(?![A-Za-z0-9/])")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
FOOTNOTE_LINE = re.compile(rf"^\s*([{SUPERSCRIPT_DIGITS}]+)\s*(\S.*)$")
SUPERSCRIPT_REFERENCE = re.compile(rf"(?<=\S)([{SUPERSCRIPT_DIGITS}]+)")
NOTE_LINE = re.compile(r"^\s*(?:\^([a-z])|([ᵃᵇᶜᵈᵉᶠᵍ]))\s*(\S.*)$")
NOTE_MARK = re.compile(r"\s*(?:\^([a-z])|([ᵃᵇᶜᵈᵉᶠᵍ]))")
SUPERSCRIPT_LETTERS = str.maketrans("ᵃᵇᶜᵈᵉᶠᵍ", "abcdefg")
LETTER = rf"[a-z]|{ARABIC_LETTER}"
ITEM_LINE = re.compile(
    r"^(?P<indent>\s*)(?P<bullet>[-•*]\s+)?"
    rf"(?:(?P<number>\d{{1,2}})\s*[.\-–]\s+|\(\s*(?P<letter>{LETTER})\s*\)\s*|(?P<letter2>{LETTER})\)\s+)?"
    r"(?P<title>\S.*)$"
)
TOP_HEADING = re.compile(r"^\s*(?P<number>\d{1,2})\s*[.\-–]\s+(?P<title>\S.*)$")
SUB_HEADING = re.compile(
    rf"^\s*(?:[-•]\s+)?(?:\(\s*(?P<letter>{LETTER})\s*\)|(?P<letter2>{LETTER})\))\s*(?P<title>\S.*)$"
)
LABEL = re.compile(
    rf"^\s*(?P<number>\d{{1,2}})\s*(?:\(\s*(?P<letter>{LETTER})\s*\)|(?P<letter2>{LETTER})\))?\s*$"
)
LABEL_IN_TEXT = re.compile(
    rf"(?<![\d/.:^])(?P<number>\d{{1,2}})(?:\s*\(\s*(?P<letter>{LETTER})\s*\)|\s+(?P<letter2>[a-z])\))?"
    r"(?:\[\^(?P<footnote>\d{1,3})\])?(?![\d/.:ºª°]|\s*(?:年|月|日)|e\b|er\b)"
)
FOOTNOTE_MARK = re.compile(r"\[\^(\d{1,3})\]")
DISTRIBUTION = re.compile(r"^\s*Distr\.?\s*:?\s*(?P<word>\w+)", re.IGNORECASE)
ORIGINAL = re.compile(r"^\s*(?:original|оригинал|الأصل)\s*:?\s*(?P<name>\w+)\s*$", re.IGNORECASE)
TRAILING_PUNCTUATION = " \t:;.,：；。，、؛،"
TERMINAL = tuple("。.!?！？:：;；؛؟")
CHINESE_DATE = re.compile(
    r"(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
)
CHINESE_RANGE = re.compile(
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"(?:\s*(?:至|到|和|-|–|—)\s*(?:(?P<year2>\d{4})\s*年\s*)?(?:(?P<month2>\d{1,2})\s*月\s*)?"
    r"(?P<day2>\d{1,2})\s*日)?"
)
SEPARATORS = re.compile(r"[,，、،]")
ENGLISH_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def unique(values):
    seen = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def symbols_in(text):
    """UN document symbols in ``text`` (at least two slashes: ``B/M1`` is a room)."""
    found = (match.rstrip(".-") for match in SYMBOL.findall(text))
    return [symbol for symbol in found if symbol.count("/") >= 2]


def resolutions_in(text):
    found = []
    for match in RESOLUTION.finditer(text):
        number = f"{int(match.group(1))}/{int(match.group(2))}"
        if int(match.group(1)) >= 1:
            found.append(number)
    return found


def squeeze(text):
    """A title as compared: letters and digits only, lower case."""
    return "".join(char for char in text.casefold() if char.isalnum())


def same_title(first, second):
    first, second = squeeze(first), squeeze(second)
    return bool(first and second) and (first == second or first.startswith(second))


def heads(heading, title):
    """What remains of an item's ``title`` after ``heading``, the annotation's heading of
    that item: ``""`` when it gives the whole title, the rest when it is cut at the end of its
    line (at least half of the title given), None when it is not that item's heading."""
    heading, title = squeeze(heading), squeeze(title)
    if not (heading and title):
        return None
    if heading.startswith(title):
        return ""
    if title.startswith(heading) and len(heading) * 2 >= len(title):
        return title[len(heading) :]
    return None


def latin_letter(letter):
    return ARABIC_LETTERS.get(letter, letter)


def normalise(text):
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\ufeff", "")
    text = text.translate(ARABIC_DIGITS)
    return MARKDOWN_LINK.sub(r"\1", text)


CJK = r"[\u3000-\u9fff\uff00-\uffef]"


def joined(first, second, joiner):
    """Two pieces of a paragraph cut at the end of a line. Chinese joins without a space,
    except between a Chinese character and a Latin letter or digit (“第 10/6 号”). A symbol
    cut after one of its slashes (“CAC/COSP/IRG/” “2024/6”) joins without a space, and so does
    a compound word cut after its hyphen (“long-” “term”)."""
    if first.endswith("/") and second[:1].isalnum():
        return first + second
    if first.endswith("-") and first[-2:-1].isalpha() and second[:1].isalpha():
        return first + second
    if joiner or not (first and second):
        return first + joiner + second
    mixed = (re.match(CJK, first[-1]) and second[0].isascii() and second[0].isalnum()) or (
        re.match(CJK, second[0]) and first[-1].isascii() and first[-1].isalnum()
    )
    return first + (" " if mixed else "") + second


def strip_title(text):
    return text.strip().rstrip(TRAILING_PUNCTUATION).strip()


def references_as_markers(text):
    """A superscript footnote number in the text becomes ``[^1]``, as annotations write it."""
    return SUPERSCRIPT_REFERENCE.sub(
        lambda match: "".join(
            f"[^{digit}]" for digit in [match.group(1).translate(FROM_SUPERSCRIPT)]
        ),
        text,
    )


def parse_date(text, language, default_year=None):
    """The first date written in ``text`` (“22 March 2024”, “2024年6月12日”, “mercredi 12
    juin”), or None."""
    match = CHINESE_DATE.search(text)
    if match:
        year = int(match.group("year") or default_year or 0)
        return safe_date(year, int(match.group("month")), int(match.group("day")))
    month = month_pattern(language).search(text)
    if not month:
        return None
    number = month_names(language)[month.group(1).lower().rstrip(".")]
    before = re.search(r"(\d{1,2})\s*(?:de\s+)?$", text[: month.start()])
    after = re.match(r"\s*(\d{1,2})(?!\d)", text[month.end() :])
    day = before.group(1) if before else after.group(1) if after else None
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", text)
    year = int(years[0]) if years else default_year
    if day is None or not year:
        return None
    return safe_date(int(year), number, int(day))


def safe_date(year, month, day):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def parse_date_range(text, language):
    """``(start, end)`` of the session line, or None."""
    match = CHINESE_RANGE.search(text)
    if match:
        year, month = int(match.group("year")), int(match.group("month"))
        start = safe_date(year, month, int(match.group("day")))
        end = safe_date(
            int(match.group("year2") or year),
            int(match.group("month2") or month),
            int(match.group("day2") or match.group("day")),
        )
        return (start, end) if start and end else None
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", text)
    months = [
        month_names(language)[found.lower().rstrip(".")]
        for found in month_pattern(language).findall(text)
    ]
    days = [int(day) for day in re.findall(r"(?<!\d)(\d{1,2})(?!\d)", text) if 1 <= int(day) <= 31]
    if not (years and months and days):
        return None
    start = safe_date(int(years[0]), months[0], days[0])
    end = safe_date(int(years[-1]), months[-1], days[-1])
    if not (start and end) or end < start:
        return None
    return start, end


def times_in(text, language, *, marked_only=False):
    """The times of day written in ``text``, morning and afternoon markers applied."""
    words = phrases(language)
    tokens = [
        [int(match.group("h")), int(match.group("m") or 0), match.group("mer") or ""]
        for match in re.finditer(words.time, text, re.IGNORECASE)
    ]
    if marked_only and language == "en":
        tokens = [token for token in tokens if token[2]]
    if words.morning or words.afternoon:
        order = tokens if words.meridiem_before else list(reversed(tokens))
        carried = ""
        for token in order:
            carried = token[2] or carried
            token[2] = carried
    times = []
    for hour, minute, marker in tokens:
        if marker.lower() in words.afternoon and hour < 12:
            hour += 12
        elif marker.lower() in words.morning and hour == 12:
            hour = 0
        elif marker.lower() == "noon":
            hour = 12
        if hour < 24 and minute < 60:
            times.append(datetime.time(hour, minute))
    return times


def label_of(number, letter):
    letter = latin_letter(letter or "")
    return f"{int(number)}({letter})" if letter else str(int(number))


def read_label(cell):
    match = LABEL.match(cell)
    if not match:
        return None
    return label_of(match.group("number"), match.group("letter") or match.group("letter2"))


def is_heading(text, candidates):
    return any(squeeze(text) == squeeze(candidate) for candidate in candidates)


def read_text(text, *, language):
    """Read ``text`` (a provisional agenda and annotations in ``language``).

    Raises :class:`ReadingError` when it holds no agenda."""
    words = phrases(language)
    lines = [SourceLine(index + 1, line) for index, line in enumerate(normalise(text).split("\n"))]
    reading = Reading(language=language, lines=lines)
    heads = words.titles + words.provisional_agenda
    agenda_start = next((i for i, line in enumerate(lines) if is_heading(line.text, heads)), None)
    if agenda_start is None:
        raise ReadingError(
            _(
                "This text is not a provisional agenda: it has no heading “%(heading)s”. "
                "Check the language chosen."
            )
            % {"heading": words.titles[0]}
        )
    annotations_start = next(
        (
            i
            for i, line in enumerate(lines)
            if i > agenda_start
            and is_heading(line.text, words.annotations)
            and not is_heading(line.text, words.provisional_agenda)
        ),
        None,
    )
    if annotations_start is None:
        raise ReadingError(
            _("This text has no annotations: the heading “%(heading)s” is missing.")
            % {"heading": words.annotations[0]}
        )
    annex_start = next(
        (
            i
            for i, line in enumerate(lines)
            if i > annotations_start and is_heading(line.text, words.annex)
        ),
        len(lines),
    )
    read_masthead(reading, lines[:agenda_start])
    for line in lines[agenda_start:annotations_start]:
        if is_heading(line.text, heads):
            line.part = _("title") if is_heading(line.text, words.titles) else _("heading")
            if is_heading(line.text, words.titles) or not reading.title:
                reading.title = line.text.strip()
    read_agenda(reading, lines[agenda_start:annotations_start])
    if not reading.items:
        raise ReadingError(_("This text has no agenda items: no numbered or bulleted list."))
    lines[annotations_start].part = _("heading")
    read_annotations(reading, lines[annotations_start + 1 : annex_start])
    if annex_start < len(lines):
        lines[annex_start].part = _("heading")
        read_programme(reading, lines[annex_start + 1 :])
    finish(reading)
    return reading


def read_masthead(reading, lines):
    language = reading.language
    distribution_at = None
    last_masthead = None
    session_at = None
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        distribution = DISTRIBUTION.match(text)
        original = ORIGINAL.match(text)
        names = language_names(language)
        if distribution:
            word = distribution.group("word").lower()
            reading.distribution = phrases(language).distribution.get(word) or {
                "general": "general",
                "limited": "limited",
                "restricted": "restricted",
            }.get(word, "")
            distribution_at = last_masthead = index
            line.part = _("distribution")
        elif original and original.group("name").lower() in names:
            reading.original_language = names[original.group("name").lower()]
            line.part = _("original language")
            last_masthead = index
        elif text.lower() in names:
            reading.document_language = names[text.lower()]
            line.part = _("language")
            last_masthead = index
        elif (symbols := symbols_in(text)) and symbols[0] in re.split(r"\t|\s{2,}", text):
            reading.symbol = reading.symbol or symbols[0]
            line.part = _("symbol")
        elif (
            distribution_at is not None
            and reading.distribution_date is None
            and not SEPARATORS.search(text)
            and (day := parse_date(text, language))
        ):
            reading.distribution_date = day
            line.part = _("date")
            last_masthead = index
        elif (
            last_masthead is not None
            and session_at is None
            and (dates := parse_date_range(text, language))
        ):
            reading.start_date, reading.end_date = dates
            reading.city = city_of(text, language)
            line.part = _("session dates and city")
            session_at = index
        elif distribution_at is None:
            line.part = _("masthead")
    if last_masthead is not None:
        stop = session_at if session_at is not None else len(lines)
        body_lines = [
            line for line in lines[last_masthead + 1 : stop] if line.text.strip() and not line.part
        ]
        joiner = "" if phrases(language).joins_without_space else " "
        reading.body_name = joiner.join(line.text.strip() for line in body_lines)
        for line in body_lines:
            line.part = _("body")


def city_of(text, language):
    for part in SEPARATORS.split(text):
        part = part.strip()
        if part and not re.search(r"\d", part) and not month_pattern(language).search(part):
            return part
    return ""


def read_agenda(reading, lines):
    joiner = "" if phrases(reading.language).joins_without_space else " "
    previous = None  # the line of the item read last, while the next line may continue it
    for line in lines:
        if line.part or not line.text.strip():
            previous = None if not line.part else previous
            continue
        match = ITEM_LINE.match(line.text)
        letter = match.group("letter") or match.group("letter2")
        title = strip_title(match.group("title"))
        plain = not (match.group("number") or letter or match.group("bullet"))
        if plain and previous is not None and previous.number + 1 == line.number:
            # A title that runs onto a second line (a PDF's layout).
            reading.items[-1].title = strip_title(reading.items[-1].title + joiner + title)
            line.part, previous = previous.part, line
            continue
        previous = None
        if match.group("number"):
            item = Item(number=int(match.group("number")), title=title)
        elif letter and reading.items:
            item = Item(number=reading.items[-1].number, letter=latin_letter(letter), title=title)
        elif match.group("bullet") and match.group("indent") and reading.items:
            parent = top_level(reading)[-1]
            count = sum(1 for sub in reading.items if sub.number == parent.number and sub.letter)
            item = Item(number=parent.number, letter=chr(ord("a") + count), title=title)
        elif match.group("bullet"):
            item = Item(number=len(top_level(reading)) + 1, title=title)
        else:
            continue
        if reading.item(item.label) is None:
            reading.items.append(item)
            line.part = _("agenda item %(label)s") % {"label": item.label}
            previous = line


def top_level(reading):
    return [item for item in reading.items if not item.letter]


def read_annotations(reading, lines):
    words = phrases(reading.language)
    top = target = None
    documents_of = None
    joinable = False
    open_note = None  # a footnote whose text goes on
    rest_of_heading = ""  # what a heading cut at the end of its line has still to say
    held_lines = []  # lines of a listed document's title waiting for its symbol
    joiner = "" if words.joins_without_space else " "
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        footnote = FOOTNOTE_LINE.match(text)
        heading = TOP_HEADING.match(text)
        sub = SUB_HEADING.match(text)
        if footnote:
            number = int(footnote.group(1).translate(FROM_SUPERSCRIPT))
            reading.footnotes[number] = footnote.group(2).strip()
            line.part = _("footnote %(number)s") % {"number": number}
            open_note = None if text.endswith(TERMINAL) else number
            continue
        if open_note is not None and not heading and not sub:
            # The footnote runs onto the next line (a PDF's layout).
            reading.footnotes[open_note] += joiner + text
            line.part = _("footnote %(number)s") % {"number": open_note}
            open_note = None if text.endswith(TERMINAL) else open_note
            continue
        if rest_of_heading and squeeze(text) and rest_of_heading.startswith(squeeze(text)):
            # A heading that runs onto the next line (a PDF's layout).
            rest_of_heading = rest_of_heading[len(squeeze(text)) :]
            line.part = _("annotation of item %(label)s") % {"label": target.label}
            continue
        rest_of_heading = ""
        item = reading.item(heading.group("number")) if heading else None
        found = heads(heading.group("title"), item.title) if item is not None else None
        if found is not None:
            top = target = item
            documents_of, joinable, rest_of_heading, held_lines = None, False, found, []
            line.part = _("annotation of item %(label)s") % {"label": item.label}
            continue
        if sub and top is not None:
            letter = latin_letter(sub.group("letter") or sub.group("letter2"))
            item = reading.item(label_of(top.number, letter))
            found = heads(sub.group("title"), item.title) if item is not None else None
            if found is not None:
                target = item
                documents_of, joinable, rest_of_heading, held_lines = None, False, found, []
                line.part = _("annotation of item %(label)s") % {"label": item.label}
                continue
        if is_heading(text, words.documentation) and top is not None:
            documents_of, joinable = top, False
            line.part = _("documents of item %(label)s") % {"label": top.label}
            continue
        if documents_of is not None:
            symbols = symbols_in(text)
            part = _("documents of item %(label)s") % {"label": documents_of.label}
            if symbols:
                whole = joined(" ".join(held.text.strip() for held in held_lines), text, joiner)
                for symbol in symbols_in(whole):
                    documents_of.listed.append(ListedDocument(symbol, listed_title(whole, symbol)))
                for held in [*held_lines, line]:
                    held.part = part
                held_lines = []
                continue
            if len(held_lines) < 3:
                # The start of a title that runs onto the next line (a PDF's layout); left
                # unplaced unless a symbol ends it.
                held_lines.append(line)
                continue
            documents_of = None
        if target is None:
            continue
        paragraph = references_as_markers(re.sub(r"^[-•]\s+", "", text))
        if joinable and target.paragraphs:
            target.paragraphs[-1] = joined(target.paragraphs[-1], paragraph, joiner)
        else:
            target.paragraphs.append(paragraph)
        joinable = not re.sub(r"\[\^\d+\]$", "", paragraph).rstrip().endswith(TERMINAL)
        line.part = _("annotation of item %(label)s") % {"label": target.label}


def listed_title(text, symbol):
    quoted = re.search(r"[“«\"]([^”»\"]+)[”»\"]", text)
    if quoted:
        return quoted.group(1).strip()
    without = text.replace(symbol, "")
    return re.sub(r"[（(]\s*[）)]", "", without).strip(" .。")


def read_programme(reading, lines):
    words = phrases(reading.language)
    language = reading.language
    default_year = reading.start_date.year if reading.start_date else None
    joiner = "" if words.joins_without_space else " "
    day = slot = open_note = None
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if is_heading(text, words.organization_of_work):
            line.part = _("heading")
            continue
        note = NOTE_LINE.match(text)
        if note:
            letter = note.group(1) or note.group(2).translate(SUPERSCRIPT_LETTERS)
            reading.notes[letter] = references_as_markers(note.group(3).strip())
            line.part = _("note %(letter)s") % {"letter": letter}
            open_note = None if text.endswith(TERMINAL) else letter
            continue
        if open_note is not None:
            # The note runs onto the next line (a PDF's layout).
            reading.notes[open_note] += joiner + references_as_markers(text)
            line.part = _("note %(letter)s") % {"letter": open_note}
            open_note = None if text.endswith(TERMINAL) else open_note
            continue
        cells = [
            cell.strip()
            for cell in (line.text.split("\t") if "\t" in line.text else re.split(r"\s{2,}", text))
        ]
        if read_label(cells[0]):
            cells.insert(0, "")  # a row of a PDF's layout whose first column is empty
        while len(cells) < 3:
            cells.append("")
        first, label_cell, title = cells[0], cells[1], " ".join(cells[2:]).strip()
        label = read_label(label_cell) if label_cell else None
        if first and not label and (found := parse_date(first, language, default_year)):
            day, slot = found, None
            line.part = _("day")
            continue
        times = times_in(first, language) if first else []
        if times and day is not None:
            slot = ProgrammeSlot(date=day, start=times[0], end=times[1] if len(times) > 1 else None)
            reading.slots.append(slot)
            line.part = _("slot")
        if label and slot is not None:
            slot.entries.append(entry_of(label, title, words))
            line.part = _("programme: item %(label)s") % {"label": label}
        elif (
            not label
            and not times
            and slot is not None
            and slot.entries
            and (
                not first or (len([cell for cell in cells if cell]) == 1 and "\t" not in line.text)
            )
        ):
            # A title that runs onto the next line of its cell (a PDF's layout).
            entry = slot.entries[-1]
            slot.entries[-1] = entry_of(entry.label, entry.raw + joiner + text, words)
            line.part = _("programme: item %(label)s") % {"label": entry.label}
        elif not line.part and all(not re.search(r"\d", cell) for cell in cells):
            line.part = _("table header")


def entry_of(label, raw, words):
    """A programme entry from its title cell: note marks (^a) and “(continued)” taken off."""
    notes = [
        m.group(1) or m.group(2).translate(SUPERSCRIPT_LETTERS) for m in NOTE_MARK.finditer(raw)
    ]
    title = NOTE_MARK.sub("", raw).strip()
    continued = bool(re.search(words.continued + r"\s*$", title))
    title = re.sub(words.continued + r"\s*$", "", title).strip()
    return ProgrammeEntry(label, title, continued, notes, raw=raw)


def joint_sentence(paragraph, language):
    """The joint-meeting sentence: its own item and the other bodies' items, or None."""
    if not re.search(phrases(language).joint, paragraph, re.IGNORECASE):
        return None
    matches = list(LABEL_IN_TEXT.finditer(paragraph))
    labels = []
    for index, match in enumerate(matches):
        footnote = match.group("footnote")
        if footnote is None and index:
            # The mark may follow the other session's name rather than the item's label
            # (“agenda item 4(b) of the fifteenth session of the Implementation Review
            # Group²”): it is the partner's until the next label.
            end = matches[index + 1].start() if index + 1 < len(matches) else len(paragraph)
            loose = FOOTNOTE_MARK.search(paragraph, match.end(), end)
            footnote = loose.group(1) if loose else None
        labels.append(
            (
                label_of(match.group("number"), match.group("letter") or match.group("letter2")),
                int(footnote) if footnote else None,
            )
        )
    if len(labels) < 2:
        return None
    return JointSentence(text=paragraph, item=labels[0][0], partners=labels[1:])


def finish(reading):
    """What the paragraphs tell once they are all read: the joint-meeting sentences, the note
    on the meeting services, the opening time, the session's resolutions, its ordinal."""
    words = phrases(reading.language)
    for item in reading.items:
        kept = []
        for paragraph in item.paragraphs:
            joint = joint_sentence(paragraph, reading.language)
            # A sub-item's annotation may end with its item's sentence (“Agenda item 3 will
            # be discussed ...” under 3(b)).
            owner = reading.item(joint.item) if joint is not None else None
            if owner is not None and owner.number == item.number and owner.joint is None:
                owner.joint = joint
            elif re.search(words.resources, paragraph) and not reading.resources_note:
                reading.resources_note = paragraph
            else:
                kept.append(paragraph)
        item.paragraphs = kept
    opening = reading.item("1(a)")
    if opening and opening.paragraphs:
        times = times_in(opening.paragraphs[0], reading.language, marked_only=True)
        reading.opening_time = times[0] if times else None
    adoption = reading.item("1(b)")
    if adoption:
        reading.session_resolutions = next(
            (resolutions_in(p) for p in adoption.paragraphs if resolutions_in(p)), []
        )
    last = top_level(reading)[-1]
    reading.ordinal = ordinal_in(" ".join(last.paragraphs), reading.language)


def ordinal_in(text, language):
    """The session's ordinal where the adoption of its report names it (“its third meeting”)."""
    if language == "zh-hans":
        match = re.search(r"第([一二三四五六七八九十]{1,3})(?:次|届)会议", text)
        return chinese_number(match.group(1)) if match else None
    if language == "en":
        match = re.search(r"\b(" + "|".join(ENGLISH_ORDINALS) + r")\s+(?:meeting|session)", text)
        return ENGLISH_ORDINALS.index(match.group(1)) + 1 if match else None
    return None


def guess_language(text):
    """The language whose “Provisional agenda” heading the text carries, or None."""
    folded = normalise(text).casefold()
    for language in ("zh-hans", "ar", "ru", "fr", "es", "en"):
        words = phrases(language)
        if any(phrase.casefold() in folded for phrase in words.titles + words.provisional_agenda):
            return language
    return None
