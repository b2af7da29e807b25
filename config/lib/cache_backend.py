"""The page cache's backend with DEBUG off (``config.settings``): diskcache's, kept open."""

import os

from diskcache import DjangoCache


class DiskCache(DjangoCache):
    """diskcache's Django backend, its SQLite files kept open from one request to the next.

    Django closes every cache when a request finishes (``django.core.cache.close_caches``),
    which suits a connection to a cache server; here it would mean opening the files again
    on the next request, half a millisecond for each one read. They stay open instead, and
    are opened again when the folder is no longer the one they were opened in (removed by a
    cleaner of the temporary directory, then made anew by another process): a process that
    went on with files no other process reads would miss the others' changes. Seeing that
    takes one ``stat`` of a file per use."""

    def __init__(self, directory, params):
        self._params = params
        super().__init__(directory, params)

    def close(self, **kwargs):
        """Nothing to do at the end of a request (see the class)."""

    @property
    def _cache(self):
        if self._folder_identity() != self._opened_identity:
            self._fanout.close()
            super().__init__(self._fanout.directory, self._params)
        return self._fanout

    @_cache.setter
    def _cache(self, fanout):
        """Set by ``DjangoCache.__init__``: the shards' cache, opened now."""
        self._fanout = fanout
        self._opened_identity = self._folder_identity()

    def _folder_identity(self):
        """The device and inode of the first shard's database (None when it is gone)."""
        try:
            found = os.stat(os.path.join(self._fanout.directory, "000", "cache.db"))
        except FileNotFoundError:
            return None
        return (found.st_dev, found.st_ino)
