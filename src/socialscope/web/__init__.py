"""The web dashboard and HTTP API (FastAPI + Jinja2 + Plotly, fully offline)."""

from socialscope.web.app import create_app

__all__ = ["create_app"]
