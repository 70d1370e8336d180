"""The web page and JSON API (FastAPI); pydantic models live only here."""

from newsfuse.web.app import create_app
from newsfuse.web.service import WebConfig

__all__ = ["WebConfig", "create_app"]
