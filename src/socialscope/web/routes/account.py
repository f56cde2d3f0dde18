"""Logging in with a token (browser), logging out, and the audit log for admins."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from socialscope.web.auth import COOKIE, identify, read_audit
from socialscope.web.templating import templates

router = APIRouter()
MAX_FORM_BYTES = 4096


@router.get("/login", include_in_schema=False)
def login_page(request: Request, error: str | None = None) -> Any:
    return templates.TemplateResponse(request, "login.html", {"page": "", "error": error})


@router.post("/login", include_in_schema=False)
async def login(request: Request) -> Response:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return templates.TemplateResponse(request, "login.html", {"page": "", "error": "request too large"}, 413)
    token = (parse_qs(body.decode("utf-8", "replace")).get("token") or [""])[0].strip()
    if not token or identify(request, token) is None:
        return templates.TemplateResponse(request, "login.html", {"page": "", "error": "unknown or revoked token"}, 401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", max_age=8 * 3600)
    return response


@router.get("/logout", include_in_schema=False)
def logout() -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


@router.get("/api/audit", tags=["admin"], summary="Person-level lookups: who, what, when (admins)")
def audit_api(request: Request) -> dict[str, Any]:
    return {"ok": True, "entries": read_audit(request.app.state.db_path)}
