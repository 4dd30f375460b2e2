"""Account errors whose messages are safe to show to the person asking."""


class AuthError(Exception):
    """Base class: ``str(error)`` is a plain message fit for the page."""


class InvalidCredentials(AuthError):
    """Wrong e-mail or password (never says which)."""

    def __init__(self) -> None:
        super().__init__("Wrong e-mail or password.")


class AccountDisabled(AuthError):
    """The account was disabled by an administrator."""

    def __init__(self) -> None:
        super().__init__("This account is disabled. Contact the site administrator.")


class Throttled(AuthError):
    """Too many failed sign-ins for this account or address.

    Attributes:
        retry_after: Seconds until the next attempt is accepted.

    """

    def __init__(self, retry_after: int) -> None:
        self.retry_after = max(1, int(retry_after))
        if self.retry_after >= 120:
            wait = f"{round(self.retry_after / 60)} minutes"
        else:
            wait = f"{self.retry_after} seconds"
        super().__init__(f"Too many failed sign-ins. Try again in {wait}.")


class DuplicateEmail(AuthError):
    """An account with this e-mail address already exists."""

    def __init__(self) -> None:
        super().__init__("An account with this e-mail already exists. Sign in.")


class WeakPassword(AuthError):
    """The password breaks the password policy."""


class InvalidInput(AuthError):
    """A form field is missing or malformed."""


class InvalidToken(AuthError):
    """An e-mail link is unknown, expired or already used."""

    def __init__(self) -> None:
        super().__init__("This link is invalid, expired or already used.")


class NotSignedIn(AuthError):
    """The request carries no valid session."""

    def __init__(self) -> None:
        super().__init__("Please sign in first.")


class Forbidden(AuthError):
    """The signed-in user's role does not allow this."""

    def __init__(self, message: str = "You do not have access to this.") -> None:
        super().__init__(message)
