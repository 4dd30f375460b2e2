"""Place names that mark a location, and the phone region each one implies."""

from __future__ import annotations

_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT "
    "NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
_US_STATE_NAMES = (
    "alabama; alaska; arizona; arkansas; california; colorado; connecticut; "
    "delaware; florida; georgia; hawaii; idaho; illinois; indiana; iowa; kansas; "
    "kentucky; louisiana; maine; maryland; massachusetts; michigan; minnesota; "
    "mississippi; missouri; montana; nebraska; nevada; new hampshire; new jersey; "
    "new mexico; new york; north carolina; north dakota; ohio; oklahoma; oregon; "
    "pennsylvania; rhode island; south carolina; south dakota; tennessee; texas; "
    "utah; vermont; virginia; washington; west virginia; wisconsin; wyoming"
)
_CA_PROVINCES = "AB BC MB NB NL NS ON PE QC SK YT NT NU"

# Country names (English and native spellings) with their ISO 3166 region code.
_COUNTRIES: dict[str, str] = {
    "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "united states": "US",
    "united states of america": "US", "canada": "CA", "mexico": "MX",
    "méxico": "MX", "uk": "GB", "u.k.": "GB", "united kingdom": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "great britain": "GB",
    "ireland": "IE", "germany": "DE", "deutschland": "DE", "austria": "AT",
    "österreich": "AT", "switzerland": "CH", "schweiz": "CH", "suisse": "CH",
    "france": "FR", "spain": "ES", "españa": "ES", "espana": "ES",
    "portugal": "PT", "italy": "IT", "italia": "IT", "netherlands": "NL",
    "the netherlands": "NL", "nederland": "NL", "belgium": "BE", "belgique": "BE",
    "poland": "PL", "polska": "PL", "sweden": "SE", "norway": "NO",
    "denmark": "DK", "finland": "FI", "russia": "RU", "россия": "RU",
    "russian federation": "RU", "ukraine": "UA", "україна": "UA",
    "украина": "UA", "belarus": "BY", "беларусь": "BY", "kazakhstan": "KZ",
    "казахстан": "KZ", "china": "CN", "中国": "CN", "prc": "CN",
    "hong kong": "HK", "taiwan": "TW", "japan": "JP", "日本": "JP",
    "korea": "KR", "south korea": "KR", "india": "IN", "pakistan": "PK",
    "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP", "singapore": "SG",
    "malaysia": "MY", "indonesia": "ID", "philippines": "PH", "vietnam": "VN",
    "thailand": "TH", "australia": "AU", "new zealand": "NZ", "brazil": "BR",
    "brasil": "BR", "argentina": "AR", "chile": "CL", "colombia": "CO",
    "peru": "PE", "perú": "PE", "venezuela": "VE", "uruguay": "UY",
    "israel": "IL", "turkey": "TR", "türkiye": "TR", "egypt": "EG",
    "nigeria": "NG", "kenya": "KE", "south africa": "ZA", "uae": "AE",
    "united arab emirates": "AE", "saudi arabia": "SA", "qatar": "QA",
    "greece": "GR", "czech republic": "CZ", "czechia": "CZ", "romania": "RO",
    "hungary": "HU",
}  # fmt: skip

# Large cities whose name alone identifies the phone region.
_CITIES: dict[str, str] = {
    "nyc": "US", "london": "GB", "berlin": "DE", "münchen": "DE", "munich": "DE",
    "hamburg": "DE", "frankfurt": "DE", "köln": "DE", "madrid": "ES",
    "barcelona": "ES", "paris": "FR", "lyon": "FR", "москва": "RU",
    "moscow": "RU", "санкт-петербург": "RU", "北京": "CN", "上海": "CN",
    "深圳": "CN", "广州": "CN", "bangalore": "IN", "bengaluru": "IN",
    "mumbai": "IN", "delhi": "IN", "new delhi": "IN", "hyderabad": "IN",
    "pune": "IN", "chennai": "IN", "toronto": "CA", "vancouver": "CA",
    "sydney": "AU", "melbourne": "AU", "dublin": "IE", "amsterdam": "NL",
}  # fmt: skip

_REGIONS: dict[str, str] = {
    **{code.casefold(): "US" for code in _US_STATES.split()},
    **{name.strip(): "US" for name in _US_STATE_NAMES.split(";")},
    **{code.casefold(): "CA" for code in _CA_PROVINCES.split()},
    **_COUNTRIES,
}

LANGUAGE_REGIONS = {"de": "DE", "es": "ES", "fr": "FR", "ru": "RU", "zh": "CN"}


def region_of(part: str) -> str | None:
    """Return the phone region implied by a state, province or country name.

    Two-letter Latin codes (states, provinces) only count when printed in capitals.

    Args:
        part: One comma-separated part of a location, e.g. "CA" or "Germany".

    Returns:
        An ISO 3166 region code, or None when the part is not a known region.

    """
    text = part.strip().rstrip(".")
    key = text.casefold()
    if len(text) == 2 and text.isascii() and not text.isupper():
        return None
    return _REGIONS.get(key) or _REGIONS.get(key + ".")


def city_region(name: str) -> str | None:
    """Return the phone region of a well-known city, or None."""
    return _CITIES.get(name.strip().casefold())
