"""The page cache's backend with DEBUG off (``config.settings``): diskcache's, kept open."""

from diskcache import DjangoCache


class DiskCache(DjangoCache):
    """diskcache's Django backend, its SQLite files kept open from one request to the next.

    Django closes every cache when a request finishes (``django.core.cache.close_caches``),
    which suits a connection to a cache server; here it would mean opening the files again
    on the next request, half a millisecond for each one read. They are closed with the
    process instead."""

    def close(self, **kwargs):
        """Nothing to do at the end of a request (see the class)."""
