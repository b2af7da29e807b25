"""Helpers every app shares: translation fallback, history, spreadsheets, the base of the
import-export resources and of the reports, and the base of the admins.

These modules import Django and libraries, never an app of the project: the apps build on
them, and they know nothing of sessions, agenda items or documents.
"""
