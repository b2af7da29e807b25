"""What the sessions' writes tell the rest of the project."""

from django.dispatch import Signal

#: Sent by ``services.publish_session`` once a session is published, with ``session``: the
#: publishing app freezes the session's next revision when it changed.
session_published = Signal()
