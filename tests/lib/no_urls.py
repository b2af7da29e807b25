"""A URL configuration without the site's pages (tests/lib/test_urls.py)."""

urlpatterns = []
