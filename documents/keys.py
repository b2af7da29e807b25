"""The keys that name documents (by symbol) and resolutions (by number, ``10/6``) in
import files."""

from config.lib.resources import KeyWidget

from .models import Document, Resolution, parse_resolution_number


class DocumentKey(KeyWidget):
    model = Document

    def to_key(self, document):
        return document.symbol

    def lookup(self, key, row):
        return {"symbol": key}


class ResolutionKey(KeyWidget):
    model = Resolution

    def to_key(self, resolution):
        return resolution.number

    def lookup(self, key, row):
        session_number, sequence = parse_resolution_number(key)
        return {"session_number": session_number, "sequence": sequence}
