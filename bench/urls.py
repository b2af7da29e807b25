"""The project's URLs and, for the load test only, ``/bench/bare/``: one query, a tiny
template. It is the reference the pages' throughput is compared with: what the same server,
framework and database give for the least a page can do."""

from django.shortcuts import render
from django.urls import path

from config.urls import urlpatterns as project_urlpatterns
from sessions.models import Body


def bare(request):
    """One query (the number of bodies) rendered in a template of a few lines."""
    return render(request, "bench/bare.html", {"bodies": Body.objects.count()})


urlpatterns = [path("bench/bare/", bare), *project_urlpatterns]
