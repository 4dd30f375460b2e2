"""Send account e-mails through SMTP, or write them to the log when none is set."""

import logging
import smtplib
import ssl
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

from talentsync_app.settings import Settings, get_settings

logger = logging.getLogger(__name__)

SMTP_TIMEOUT_SECONDS = 15
TLS_MODES = ("starttls", "ssl", "none")


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to deliver mail."""

    host: str
    port: int
    sender: str
    tls: str = "starttls"
    user: str = ""
    password: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> "SmtpConfig | None":
        """Build the config from settings; None when no SMTP host is set."""
        if not settings.smtp_host:
            return None
        tls = settings.smtp_tls.lower()
        if tls not in TLS_MODES:
            raise ValueError(f"smtp_tls must be one of {', '.join(TLS_MODES)}")
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.smtp_sender,
            tls=tls,
            user=settings.smtp_user,
            password=settings.smtp_password,
        )


def mask_email(address: str) -> str:
    """Shorten an address for logs: ``a***@example.org``."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


class Mailer:
    """Delivers plain-text e-mails; logs them instead when SMTP is not set up."""

    def __init__(self, config: SmtpConfig | None) -> None:
        self.config = config

    @classmethod
    def from_settings(cls) -> "Mailer":
        """Return a mailer for the configured SMTP server (or the log)."""
        return cls(SmtpConfig.from_settings(get_settings()))

    @property
    def uses_smtp(self) -> bool:
        """True when mail really leaves the server."""
        return self.config is not None

    def send(self, *, to: str, subject: str, body: str) -> bool:
        """Deliver one message.

        Returns:
            True when SMTP accepted it, False when it was written to the log.

        Raises:
            OSError: When the SMTP server cannot be reached or refuses the message
                (``smtplib.SMTPException`` is a subclass).

        """
        if self.config is None:
            # With no SMTP server the log is the only way to get the link.
            logger.info(
                "SMTP not configured; e-mail to %s, %s:\n%s",
                mask_email(to),
                subject,
                body,
            )
            return False
        self._deliver(self._message(to, subject, body))
        logger.info("sent e-mail to %s: %s", mask_email(to), subject)
        return True

    def send_in_background(self, *, to: str, subject: str, body: str) -> None:
        """Send without making the caller wait (and without timing differences)."""
        threading.Thread(
            target=self._send_logged,
            kwargs={"to": to, "subject": subject, "body": body},
            daemon=True,
        ).start()

    def _send_logged(self, **message: str) -> None:
        try:
            self.send(**message)
        except OSError as exc:
            logger.error("could not send e-mail: %s", type(exc).__name__)

    def _message(self, to: str, subject: str, body: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.config.sender
        message["To"] = to
        message["Subject"] = subject
        message["Message-ID"] = make_msgid(domain="talentsync.local")
        message.set_content(body)
        return message

    def _deliver(self, message: EmailMessage) -> None:
        config = self.config
        if config.tls == "ssl":
            client = smtplib.SMTP_SSL(
                config.host,
                config.port,
                timeout=SMTP_TIMEOUT_SECONDS,
                context=ssl.create_default_context(),
            )
        else:
            client = smtplib.SMTP(
                config.host, config.port, timeout=SMTP_TIMEOUT_SECONDS
            )
        with client:
            if config.tls == "starttls":
                client.starttls(context=ssl.create_default_context())
            if config.user:
                client.login(config.user, config.password)
            client.send_message(message)
