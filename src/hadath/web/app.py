"""The FastAPI app: a read-only JSON API over the event store, and the dashboard at ``/``."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import asynccontextmanager
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.middleware.trustedhost import TrustedHostMiddleware

from hadath import __version__
from hadath.codes import cameo_table
from hadath.errors import StoreError
from hadath.store.query import EventFilter, make_filter
from hadath.web import db
from hadath.web.models import (
    CodeRequest,
    Codes,
    DocumentDetailOut,
    DocumentPage,
    EventDetailOut,
    EventPage,
    Places,
    StatsOut,
    Timeline,
    event_out,
    mention_out,
)
from hadath.web.security import SecurityHeaders, read_limited
from hadath.web.stats import (
    codes,
    document_detail,
    documents_page,
    places_out,
    stats_out,
    timeline_out,
)

MAX_LIMIT = 500  # events or documents a page
MAX_OFFSET = 10_000  # deeper pages cost a sort of the whole table: narrow the filters instead
MAX_MENTIONS = 200  # mentions shown with one event
MAX_POINTS = 2000  # map points
MAX_CODE_BYTES = 200_000  # POST /api/code body
STATIC = files("hadath.web") / "static"

ACTOR = r"^[A-Za-z0-9]{1,15}$"
Since = Annotated[date | None, Query(description="events on or after this day (YYYY-MM-DD)")]
Until = Annotated[date | None, Query(description="events on or before this day (YYYY-MM-DD)")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=(
    f"rows to skip, at most {MAX_OFFSET}: narrow the filters (since, until) to go further"))]


def event_filter(
    since: Since = None,
    until: Until = None,
    actor: Annotated[str | None, Query(pattern=ACTOR, description=(
        "CAMEO actor code prefix, as source or target (EGY, USAGOV, IGOUNO)"))] = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{1,15},[A-Za-z0-9]{1,15}$",
                                      description="source,target actor code prefixes")] = None,
    code: Annotated[str | None, Query(pattern=r"^[0-9]{2,4}$", description=(
        "CAMEO event code or prefix: a root (14) or a code (141, 0311)"))] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,30}$",
                                        description="PLOVER event type (PROTEST)")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description=(
        "ISO 3166 alpha-3 of the place, or of the source or target actor"))] = None,
    text: Annotated[str | None, Query(min_length=1, max_length=200, description=(
        "words in a mention's sentence (matched after Arabic normalisation)"))] = None,
) -> EventFilter:
    """The filters of ``hadath events``, checked: bad values are a 422 naming the parameter."""
    if since and until and since > until:
        raise RequestValidationError([{"type": "value_error", "loc": ("query", "until"),
                                       "msg": "until must not be before since", "input": until}])
    try:
        return make_filter(since, until, actor, dyad, code, plover, country, text)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from None


Filter = Annotated[EventFilter, Depends(event_filter)]


def create_app(db_path: str | Path, allowed_hosts: Sequence[str] | None = None) -> FastAPI:
    """The app over the store at ``db_path``, opened read-only; ``allowed_hosts`` limits the
    ``Host`` header (pass the loopback names when serving on localhost)."""
    pool = db.StorePool(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        pool.close()

    # No /docs or /redoc: FastAPI serves them from a CDN, and this app makes no outside request.
    app = FastAPI(title="hadath", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, summary="Read-only HTTP API over a hadath event store.")
    app.add_middleware(SecurityHeaders)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.state.pool = pool
    _routes(app, pool)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


def _routes(app: FastAPI, pool: db.StorePool) -> None:
    store = pool.get

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html")

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def events(f: Filter, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Events matching every filter, newest first, one page at a time."""
        s = store()
        rows = s.events(f.since, f.until, f.actor, f.dyad, f.code, f.plover, f.country, f.text,
                        limit=limit, offset=offset)
        return {"total": db.count_events(s, f), "limit": limit, "offset": offset,
                "events": [event_out(e) for e in rows]}

    @app.get("/api/events/{event_id}", response_model=EventDetailOut, tags=["events"],
             responses={404: {"description": "no such event"}})
    def event(event_id: Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
              ) -> dict[str, Any]:
        """One event with its mentions, their sentences and the offsets to highlight."""
        s = store()
        detail = s.event(event_id)
        if detail is None:
            raise HTTPException(404, f"no event {event_id!r}")
        entry = cameo_table().get(detail.event.cameo)
        mentions = db.event_mentions(s, event_id, MAX_MENTIONS)
        return {"event": event_out(detail.event), "cameo_name": entry.name if entry else None,
                "mentions_total": len(detail.mentions),
                "mentions": [mention_out(m) for m in mentions]}

    @app.get("/api/documents", response_model=DocumentPage, tags=["documents"])
    def documents(since: Since = None, until: Until = None,
                  outlet: Annotated[str | None, Query(max_length=200)] = None,
                  status: Annotated[str | None, Query(pattern=r"^(coded|skipped|duplicate)$")
                                    ] = None,
                  limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stored articles (without their text), newest first."""
        return documents_page(store(), since, until, outlet, status, limit, offset)

    @app.get("/api/documents/{doc_id:path}", response_model=DocumentDetailOut,
             tags=["documents"], responses={404: {"description": "no such document"}})
    def document(doc_id: Annotated[str, PathParam(min_length=1, max_length=1000)]
                 ) -> dict[str, Any]:
        """One article with its text and its event mentions."""
        found = document_detail(store(), doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return found

    @app.get("/api/stats", response_model=StatsOut, tags=["summary"])
    def stats() -> dict[str, Any]:
        """Counts over the whole store: by day, CAMEO root, QuadClass, dyad and country."""
        return stats_out(store().stats())

    @app.get("/api/timeline", response_model=Timeline, tags=["summary"])
    def timeline(f: Filter) -> dict[str, Any]:
        """Dated events per day and QuadClass, under the filters of ``/api/events``."""
        return timeline_out(db.timeline(store(), f))

    @app.get("/api/places", response_model=Places, tags=["summary"])
    def places(f: Filter, limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 500
               ) -> dict[str, Any]:
        """Geocoded places with their event counts, and counts per country."""
        return places_out(*db.places(store(), f, limit))

    @app.get("/api/codes", response_model=Codes, tags=["summary"])
    def code_lists() -> dict[str, Any]:
        """CAMEO roots and PLOVER event types, for filter menus."""
        return codes()

    @app.post("/api/code", tags=["coder"], openapi_extra={"requestBody": {
        "required": True, "description": f"at most {MAX_CODE_BYTES} bytes",
        "content": {"application/json": {"schema": CodeRequest.model_json_schema()}}}},
        responses={413: {"description": f"body over {MAX_CODE_BYTES} bytes"}})
    async def code(request: Request) -> dict[str, Any]:
        """Code one article and return its events (as ``hadath code``); nothing is stored."""
        body = await read_limited(request, MAX_CODE_BYTES)
        try:
            req = CodeRequest.model_validate_json(body)
        except ValidationError as exc:
            raise RequestValidationError(
                [dict(e, loc=("body", *e["loc"])) for e in exc.errors(include_url=False)]
            ) from None
        return await run_in_threadpool(_code, req)


def _code(req: CodeRequest) -> dict[str, Any]:
    from hadath.output import document_to_dict
    from hadath.pipeline import code_text

    coded = code_text(req.text, published=req.published, doc_id=req.doc_id, title=req.title)
    return document_to_dict(coded)
