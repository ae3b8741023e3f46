"""Settings for the clinic assistant, read from the environment (see README "Configuration").

Defaults run on a laptop with nothing else installed: SQLite, Celery tasks run eagerly, a
local-memory cache and no model server. Production turns things on by setting variables:
``DATABASE_URL`` (PostgreSQL), ``REDIS_URL`` (Celery broker, results and cache),
``LLM_ENDPOINTS`` (vLLM servers). ``DEBUG`` is off unless asked for, and with it off a missing
secret stops start-up with a message naming the variable.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_str, load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent
load_dotenv(Path(env_str("DOTENV_PATH", str(BASE_DIR / ".env"))))

VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
# Plain HTTP for a demo on localhost: turns off the HTTPS-only settings below. Never in
# production; `manage.py check --deploy` warns when it is on.
ALLOW_INSECURE_HTTP = env_bool("ALLOW_INSECURE_HTTP", False)


def _required_secret(name: str, purpose: str) -> str:
    value = env_str(name)
    if not value and not DEBUG:
        raise ImproperlyConfigured(
            f"{name} is not set. It holds {purpose}. Set {name} (or {name}_FILE, a file that "
            f"contains it); `bin/run` generates local values in .env for a demo."
        )
    return value


# With DEBUG on and no key, a per-process random key (sessions end at restart).
SECRET_KEY = _required_secret("SECRET_KEY", "Django's signing key") or secrets.token_urlsafe(50)

# Master keys that wrap the per-field data keys (compliance/crypto). A comma-separated list of
# `key_id:base64(32 bytes)`; the first is used for new data keys, the rest stay readable until
# `manage.py rotate_keys` has finished moving data off them.
FIELD_ENCRYPTION_MASTER_KEYS = _required_secret(
    "FIELD_ENCRYPTION_MASTER_KEYS", "the master keys for encryption at rest"
)
# HMAC key for blind indexes (equality and name-prefix lookups on encrypted fields).
BLIND_INDEX_KEY = _required_secret("BLIND_INDEX_KEY", "the key for searchable blind indexes")
# HMAC key for the audit trail's hash chain.
AUDIT_HMAC_KEY = _required_secret("AUDIT_HMAC_KEY", "the key of the audit trail's hash chain")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The admin site requires a TOTP-verified session for staff (compliance/admin_site.py).
    "compliance.admin_site.ComplianceAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "compliance",
    "clinic",
    "oauth2_provider",
    "clinic.fhir",
    "assistant",
    "assistant.conversations",
    "portal",
]

MIDDLEWARE = [
    "config.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "compliance.middleware.AuditContextMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "compliance.middleware.SessionIdleTimeoutMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, so it sees the lockout flag that authentication sets (django-axes docs).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
ASGI_APPLICATION = "config.asgi.application"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "csp.context_processors.nonce",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: SQLite in var/ unless DATABASE_URL names another (PostgreSQL in production).
# https://github.com/jazzband/dj-database-url
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH", str(VAR_DIR / "db.sqlite3")),
            # WAL lets the web app read while the worker writes; IMMEDIATE takes the write
            # lock at BEGIN so two writers queue instead of failing on lock upgrade.
            # https://docs.djangoproject.com/en/stable/ref/databases/#sqlite-notes
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: Celery broker, result backend and cache when REDIS_URL is set.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "clinic",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: tasks take ids only, JSON only, bounded run time.
# https://docs.celeryq.dev/en/stable/userguide/configuration.html
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND", REDIS_URL)
# Without a broker, tasks run in the calling process (laptop default and tests).
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
if CELERY_BROKER_URL.startswith("filesystem://"):
    # A broker in a folder: a real worker and beat with no Redis (used by `bin/run`).
    _queue = VAR_DIR / "celery" / "queue"
    _queue.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue),
        "data_folder_out": str(_queue),
    }
    if not CELERY_RESULT_BACKEND:
        (VAR_DIR / "celery" / "results").mkdir(parents=True, exist_ok=True)
        CELERY_RESULT_BACKEND = f"file://{VAR_DIR / 'celery' / 'results'}"
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_RESULT_EXPIRES = 3600
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# Periodic jobs; each app adds its entries in config/beat.py.
from config.beat import BEAT_SCHEDULE  # noqa: E402

CELERY_BEAT_SCHEDULE = BEAT_SCHEDULE

# Scheduling (clinic/README.md): how late a patient may cancel or reschedule online, and how
# long before an appointment its reminder e-mail goes out.
CLINIC_CANCEL_CUTOFF_HOURS = env_int("CLINIC_CANCEL_CUTOFF_HOURS", 24)
CLINIC_REMINDER_LEAD_HOURS = env_int("CLINIC_REMINDER_LEAD_HOURS", 24)

# The model servers (vLLM's OpenAI-compatible API), in order of preference.
LLM_ENDPOINTS = env_list("LLM_ENDPOINTS")
LLM_API_KEY = env_str("LLM_API_KEY")
LLM_MODEL = env_str("LLM_MODEL", "clinic-slm")

# Numbers quoted in emergency guidance (assistant/triage/replies.py) when a clinic has not
# set its own: emergency services, the suicide and crisis line, poison control (US defaults).
EMERGENCY_NUMBERS = {
    "emergency": env_str("EMERGENCY_NUMBER", "911"),
    "crisis": env_str("CRISIS_LINE_NUMBER", "988"),
    "poison": env_str("POISON_CONTROL_NUMBER", "1-800-222-1222"),
}
# The demo knowledge base that `manage.py kb_import` reads when no path is given.
KB_DIR = Path(env_str("KB_DIR", str(BASE_DIR / "kb")))
# Client limits (assistant/llm, docs/model-serving.md): seconds to connect, to the first
# streamed token, for a whole call; retry passes over the endpoints on transient errors; the
# circuit breaker opens an endpoint after this many failures in a row, for this many seconds.
LLM_CONNECT_TIMEOUT = env_int("LLM_CONNECT_TIMEOUT", 3)
LLM_FIRST_TOKEN_TIMEOUT = env_int("LLM_FIRST_TOKEN_TIMEOUT", 60)
LLM_TOTAL_TIMEOUT = env_int("LLM_TOTAL_TIMEOUT", 180)
LLM_RETRIES = env_int("LLM_RETRIES", 2)
LLM_BREAKER_FAILURES = env_int("LLM_BREAKER_FAILURES", 3)
LLM_BREAKER_COOLDOWN = env_int("LLM_BREAKER_COOLDOWN", 30)

AUTH_PASSWORD_VALIDATORS = [
    # NIST 800-63B: length over composition rules, and no common or breached passwords.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", 12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]

# Sessions: an idle timeout (automatic logoff, 45 CFR 164.312(a)(2)(iii)) and an absolute
# lifetime. The idle timeout is enforced by compliance's session middleware.
SESSION_IDLE_TIMEOUT_SECONDS = env_int("SESSION_IDLE_TIMEOUT_SECONDS", 15 * 60)
# The patient portal's sign-in page (staff sign in there too, or at /admin/login/).
LOGIN_URL = "portal:login"
SESSION_COOKIE_AGE = env_int("SESSION_ABSOLUTE_TIMEOUT_SECONDS", 8 * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
API_TOKEN_TTL_SECONDS = env_int("API_TOKEN_TTL_SECONDS", 3600)

# FHIR API (clinic/fhir/README.md): OAuth2 client credentials with SMART scopes; tokens expire.
# https://django-oauth-toolkit.readthedocs.io/en/latest/settings.html
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"
OAUTH2_PROVIDER = {
    "ACCESS_TOKEN_EXPIRE_SECONDS": env_int("FHIR_TOKEN_TTL_SECONDS", 900),
    "SCOPES_BACKEND_CLASS": "clinic.fhir.scopes.SmartScopes",
    # OAuth 2.0 Security BCP (RFC 9700): only client credentials are used; turn every
    # legacy behaviour off and store tokens hashed.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "COMPLIANT_BCP_RFC9700_ACCESS_TOKEN_TRANSPORT": True,
    "COMPLIANT_BCP_RFC9700_AUTHZ_RESPONSE_ISS": True,
    "COMPLIANT_BCP_RFC9700_TOKEN_STORAGE": True,
    "COMPLIANT_BCP_RFC9700_REFRESH_TOKEN": True,
    "REFRESH_TOKEN_REUSE_PROTECTION": True,
    "COMPLIANT_BCP_RFC9700_REDIRECT_URI_SCHEME": True,
    "ALLOWED_REDIRECT_URI_SCHEMES": ["https"],
    "COMPLIANT_BCP_RFC9700_REDIRECT_URI_MATCHING": True,
    "COMPLIANT_BCP_RFC9700_PKCE_REQUIRED": True,
    "PKCE_REQUIRED": True,
}
FHIR_WEBHOOK_MAX_ATTEMPTS = env_int("FHIR_WEBHOOK_MAX_ATTEMPTS", 6)
FHIR_WEBHOOK_BACKOFF_SECONDS = env_int("FHIR_WEBHOOK_BACKOFF_SECONDS", 30)
FHIR_EXPORT_TTL_HOURS = env_int("FHIR_EXPORT_TTL_HOURS", 24)

# Staff sign in with a password and a TOTP code (compliance/mfa.py). Turn off only for a demo.
REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", True)
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "Clinic assistant")
# Lockout after repeated failures, per account and per address (django-axes;
# compliance/backends.py).
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    "compliance.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("LOGIN_LOCKOUT_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # successes are in the audit trail already
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
AXES_LOCKOUT_CALLABLE = "compliance.backends.lockout_response"
# Emergency access: minutes a break-glass grant lasts (compliance/access.py).
BREAK_GLASS_MINUTES = env_int("BREAK_GLASS_MINUTES", 60)
# Who gets the alert when the daily audit-chain check fails (default: ADMINS).
AUDIT_ALERT_EMAILS = env_list("AUDIT_ALERT_EMAILS")

# Transport security (45 CFR 164.312(e)). Behind a TLS-terminating proxy, set
# SECURE_PROXY_SSL_HEADER_NAME (e.g. HTTP_X_FORWARDED_PROTO) so Django knows the request was
# HTTPS. https://docs.djangoproject.com/en/stable/ref/settings/#secure-proxy-ssl-header
_https_only = not DEBUG and not ALLOW_INSECURE_HTTP
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", _https_only)
SESSION_COOKIE_SECURE = _https_only
CSRF_COOKIE_SECURE = _https_only
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if _https_only else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", _https_only)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if _proxy_header := env_str("SECURE_PROXY_SSL_HEADER_NAME"):
    SECURE_PROXY_SSL_HEADER = (_proxy_header, "https")
# Health probes come from the orchestrator over plain HTTP inside the cluster.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# Content Security Policy: everything from this origin, no inline script without a nonce.
# https://django-csp.readthedocs.io/en/latest/configuration.html
from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if DEBUG or env_bool("STATIC_NO_MANIFEST", False):
    STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = str(VAR_DIR / "mail")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "assistant@clinic.invalid")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # First, so an unauthenticated API call gets 401 with a Bearer challenge.
        "compliance.authentication.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "config.errors.api_exception_handler",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Clinic assistant API",
    "DESCRIPTION": "The non-FHIR REST API of the clinic assistant.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

# Logging: JSON lines on stderr with the request id; every record passes the PHI redaction
# filter before it is written (config/logging.py).
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
# Dotted path of a `str -> str` function that masks PHI in log text: the redaction engine's
# fast tier (compliance/redaction/README.md).
LOG_REDACTOR = env_str("LOG_REDACTOR", "compliance.redaction.redact_log")
# The clinic's own patients and staff as a redaction deny-list, through the blind index:
# dotted path of a function returning {purpose: set of blind-index hashes} (empty: none).
# The default reads clinic.Patient's blind indexes and patient/practitioner names
# (compliance/redaction/README.md, "Deny-list").
REDACTION_KNOWN_IDENTIFIERS_LOADER = env_str(
    "REDACTION_KNOWN_IDENTIFIERS_LOADER", "compliance.redaction.known.clinic_identifiers"
)
REDACTION_KNOWN_IDENTIFIERS_REFRESH_SECONDS = env_int(
    "REDACTION_KNOWN_IDENTIFIERS_REFRESH_SECONDS", 300
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "config.logging.RequestIdFilter"},
        "redact_phi": {"()": "config.logging.RedactingFilter"},
    },
    "formatters": {"json": {"()": "config.logging.JsonFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id", "redact_phi"],
        }
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "bm25s": {"level": "WARNING"},
    },
}

# Where prepared model directories and the model server's venv live.
MODEL_DIR = Path(env_str("MODEL_DIR", str(VAR_DIR / "models")))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
