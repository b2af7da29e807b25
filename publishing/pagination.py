"""The JSON API's pages (its own module: REST framework's settings import it while
``rest_framework.generics`` loads, before any view module can be)."""

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """Pages of 50 rows by default; ``page_size`` up to 500."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
