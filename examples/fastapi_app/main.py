"""A FastAPI service on ``genauth_async``: one client of each kind per process, made in the lifespan.

Why it is written this way:

* The clients are created once, in the lifespan, inside the server's event loop. Each owns one
  aiohttp connection pool that every request reuses; a client per request would pay a TCP (and
  TLS) handshake and a management-token fetch on every call.
* The lifespan closes them (``async with``) before the loop stops, so no "Unclosed client session"
  warning is printed at shutdown.
* Routes get the clients through dependencies, so tests and other apps can override them.
* The authentication client is shared by all users, so a user's access token is passed per call
  (``extra_headers``), never stored on the client with ``set_access_token()``.

Configuration comes from the environment (read at startup, not at import):
``GENAUTH_ACCESS_KEY_ID``, ``GENAUTH_ACCESS_KEY_SECRET``, ``GENAUTH_HOST`` (management API) and
``GENAUTH_APP_ID``, ``GENAUTH_APP_SECRET``, ``GENAUTH_APP_HOST`` (the application users sign in to).
Run with ``uvicorn --app-dir examples fastapi_app.main:app`` (see README.md beside this file).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from genauth_async import APIError, AuthenticationClient, ManagementClient, TransportError


@dataclass(frozen=True)
class Settings:
    """Where GenAuth is and who we are; read from the environment when the app starts."""

    access_key_id: str
    access_key_secret: str
    host: str | None
    app_id: str
    app_secret: str | None
    app_host: str

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        host = env.get("GENAUTH_HOST") or None
        app_host = env.get("GENAUTH_APP_HOST") or host
        if not app_host:
            raise RuntimeError("set GENAUTH_APP_HOST (your application's domain) or GENAUTH_HOST")
        return cls(
            access_key_id=env["GENAUTH_ACCESS_KEY_ID"],
            access_key_secret=env["GENAUTH_ACCESS_KEY_SECRET"],
            host=host,
            app_id=env["GENAUTH_APP_ID"],
            app_secret=env.get("GENAUTH_APP_SECRET") or None,
            app_host=app_host,
        )


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Create the clients on the server's loop; close their connection pools at shutdown."""
    settings = Settings.from_env()
    async with (
        ManagementClient(settings.access_key_id, settings.access_key_secret, host=settings.host) as management,
        AuthenticationClient(settings.app_id, settings.app_host, app_secret=settings.app_secret) as authentication,
    ):
        app.state.genauth_management = management
        app.state.genauth_authentication = authentication
        yield


app = FastAPI(title="GenAuth FastAPI example", lifespan=lifespan)


# ---- dependencies -----------------------------------------------------------------------------


def get_management_client(request: Request) -> ManagementClient:
    """The process-wide management client (one connection pool for every request)."""
    client: ManagementClient = request.app.state.genauth_management
    return client


def get_authentication_client(request: Request) -> AuthenticationClient:
    """The process-wide authentication client; holds no user token of its own."""
    client: AuthenticationClient = request.app.state.genauth_authentication
    return client


def bearer_token(authorization: Annotated[str | None, Header()] = None) -> str:
    """The caller's GenAuth access token, from ``Authorization: Bearer <token>``."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "expected 'Authorization: Bearer <access token>'")
    return token.strip()


Management = Annotated[ManagementClient, Depends(get_management_client)]
Authentication = Annotated[AuthenticationClient, Depends(get_authentication_client)]
AccessToken = Annotated[str, Depends(bearer_token)]


# ---- errors ------------------------------------------------------------------------------------


@app.exception_handler(APIError)
async def genauth_api_error(request: Request, exc: APIError) -> JSONResponse:
    """GenAuth's 4xx answers are the caller's problem and pass through; its 5xx become 502."""
    code = exc.status_code if 400 <= exc.status_code < 500 else status.HTTP_502_BAD_GATEWAY
    return JSONResponse({"detail": exc.message, "request_id": exc.request_id}, status_code=code)


@app.exception_handler(TransportError)
async def genauth_unreachable(request: Request, exc: TransportError) -> JSONResponse:
    """GenAuth could not be reached (after the client's own retries)."""
    return JSONResponse({"detail": "GenAuth is unreachable"}, status_code=status.HTTP_503_SERVICE_UNAVAILABLE)


# ---- applications (management API) ---------------------------------------------------------------


class ApplicationIn(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    identifier: str | None = Field(default=None, description="subdomain-style id, unique in the user pool")


class ApplicationOut(BaseModel):
    app_id: str
    name: str
    identifier: str


class ApplicationPage(BaseModel):
    items: list[ApplicationOut]
    total: int
    page: int
    limit: int


@app.post("/applications", status_code=status.HTTP_201_CREATED)
async def create_application(body: ApplicationIn, client: Management) -> ApplicationOut:
    created = await client.create_application(app_name=body.name, app_identifier=body.identifier)
    return ApplicationOut(app_id=created.app_id, name=created.app_name, identifier=created.app_identifier)


@app.get("/applications")
async def list_applications(
    client: Management,
    page: Annotated[int, Query(ge=1)] = 1,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,  # the API allows at most 50
) -> ApplicationPage:
    """One page, as the API pages it; ``total`` lets the caller compute the page count."""
    data = await client.list_applications(page=page, limit=limit)
    items = [ApplicationOut(app_id=a.app_id, name=a.app_name, identifier=a.app_identifier) for a in data.list]
    return ApplicationPage(items=items, total=data.total_count, page=page, limit=limit)


@app.get("/applications/identifiers")
async def application_identifiers(client: Management) -> list[str]:
    """Every application's identifier: ``iter_list_applications`` fetches the pages one by one."""
    return [a.app_identifier async for a in client.iter_list_applications(limit=50)]


# ---- sign-in and account binding (authentication API) ---------------------------------------------


class SignIn(BaseModel):
    email: str
    password: str


class Tokens(BaseModel):
    access_token: str
    id_token: str | None = None
    expires_in: int | None = None


class LinkRequest(BaseModel):
    connection: str = Field(description="identifier of the external identity source connection")
    id_token: str


class LinkOut(BaseModel):
    url: str


@app.post("/auth/signin")
async def sign_in(body: SignIn, client: Authentication) -> Tokens:
    """Password sign-in; the tokens go back to the caller, nothing is kept on the shared client."""
    try:
        tokens = await client.sign_in_by_credentials(
            connection="PASSWORD",
            password_payload={"email": body.email, "password": body.password},
            client_id=client.app_id,
            client_secret=client.app_secret,
        )
    except APIError as exc:
        if exc.status_code in (400, 401, 403, 404):
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong email or password") from exc
        raise
    if not tokens.access_token:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, "GenAuth issued no access token")
    return Tokens(access_token=tokens.access_token, id_token=tokens.id_token, expires_in=tokens.expire_in)


@app.post("/auth/ext-idp-link")
async def ext_idp_link(body: LinkRequest, access_token: AccessToken, client: Authentication) -> LinkOut:
    """The URL that binds the signed-in user to an external identity (GitHub, WeChat...)."""
    link = await client.generate_link_ext_idp_url(
        ext_idp_conn_identifier=body.connection,
        app_id=client.app_id,
        id_token=body.id_token,
        # Per call, not set_access_token(): the client is shared by concurrent requests of other users.
        extra_headers={"authorization": access_token},
    )
    return LinkOut(url=link.url)
