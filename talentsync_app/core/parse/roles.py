"""Word lists that tell job titles, organisations, degrees and schools apart."""

from __future__ import annotations

import re

from talentsync_app.core.parse.places import region_of

_TITLE_WORDS = (
    "engineer developer programmer manager intern internship analyst assistant "
    "scientist designer consultant director lead architect specialist officer "
    "coordinator administrator researcher teacher professor lecturer associate head "
    "vp president founder co-founder cofounder cto ceo cfo coo cio owner technician "
    "accountant advocate nurse editor writer executive representative supervisor "
    "trainee "
    "apprentice fellow tutor instructor advisor adviser strategist marketer "
    "recruiter sales clerk cashier operator mechanic electrician driver chef "
    "pharmacist physician doctor attorney lawyer paralegal auditor banker "
    "investigator planner producer photographer artist volunteer member chair "
    "secretary treasurer captain mentor contractor freelancer devops sre "
    "ingeniero ingeniera desarrollador desarrolladora programador programadora "
    "gerente analista asistente jefe jefa director directora becario becaria "
    "consultor consultora diseñador diseñadora profesor profesora "
    "ingenieur entwickler entwicklerin softwareentwickler leiter leiterin berater "
    "beraterin praktikant praktikantin werkstudent werkstudentin projektleiter "
    "geschäftsführer mitarbeiter mitarbeiterin referent referentin "
    "ingénieur développeur développeuse chef stagiaire consultant consultante "
    "chargé chargée responsable directeur directrice "
    "разработчик инженер программист менеджер руководитель аналитик стажер "
    "стажёр директор специалист консультант дизайнер тестировщик администратор "
    "ведущий старший младший"
)
TITLE_WORDS = frozenset(_TITLE_WORDS.split())
_CJK_TITLES = re.compile(
    r"工程师|开发|经理|总监|实习生|分析师|设计师|主管|专员|顾问|架构师"
)

_WORD = re.compile(r"[^\W\d_][\w.'-]*")
_ORG_WORDS = (
    "inc inc. llc ltd ltd. llp plc corp corp. corporation company co. group "
    "technologies technology tech labs lab solutions systems software services "
    "consulting partners holdings bank agency foundation organization "
    "organisation association institute university college school hospital clinic "
    "studio studios ventures capital media networks global international "
    "gmbh ag se kg s.a. s.l. sl sa srl bv b.v. pvt limited "
    "universidad universität université университет ооо оао зао пао ао"
)
ORG_WORDS = frozenset(_ORG_WORDS.split())
_CJK_ORGS = re.compile(r"公司|集团|大学|学院|银行|研究院|研究所|科技")

_DEGREE_WORDS = re.compile(
    r"\b(?:bachelors?|masters?|doctor|doctorate|ph\.?\s?d|mba|diploma|associate of|"
    r"associate degree|high school|secondary school|a-levels?|ged|hsc|ssc|"
    r"b\.?\s?sc|m\.?\s?sc|b[.-]?\s?tech|m[.-]?\s?tech|b\.?\s?eng|m\.?\s?eng|"
    r"b\.\s?com|m\.\s?com|b\.\s?[aes]\.|m\.\s?[aes]\.|bba|mca|bca|llb|llm|"
    r"licenciatura|licenciado|grado en|máster|maestría|doctorado|técnico superior|"
    r"bachiller|abitur|diplom|staatsexamen|magister|licence|"
    r"baccalauréat|doctorat|diplôme|бакалавр|магистр|специалист|аспирантура|"
    r"кандидат наук)(?!\w)|学士|硕士|博士|本科|研究生|专科",
    re.IGNORECASE,
)
_AFTER_STATE = re.compile(r"^\s*(?:,|$|\d{5})")
_DEGREE_ABBREVIATIONS = re.compile(
    r"(?<!\w)(?:BS|MS|BA|MA|BE|ME|BSc|MSc|PhD|MBA)(?!\w)"
)
INSTITUTION_RE = re.compile(
    r"\b(?:university|college|institute|school|academy|polytechnic|"
    r"universidad|universitat|universität|hochschule|fachhochschule|"
    r"université|école|ecole|lycée|instituto|университет|институт|академия|"
    r"колледж|школа)\b|大学|学院|学校",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    """Return the case-folded words of a text."""
    return _WORD.findall(text.casefold())


def title_score(text: str) -> int:
    """Count job-title words (Engineer, Manager, Intern...) in a text."""
    score = sum(word.strip(".") in TITLE_WORDS for word in _words(text))
    return score + len(_CJK_TITLES.findall(text))


def org_score(text: str) -> int:
    """Count organisation words (Inc, LLC, University, Company...) in a text."""
    words = _words(text)
    score = sum(word in ORG_WORDS or word.strip(".") in ORG_WORDS for word in words)
    return score + len(_CJK_ORGS.findall(text))


def has_degree(text: str) -> bool:
    """Return True when a text names a degree (Bachelor, M.Tech, PhD...).

    "MA" and "ME" printed as a state after a city ("Cambridge, MA, USA") do not
    count.
    """
    if _DEGREE_WORDS.search(text):
        return True
    return any(not _is_state(text, m) for m in _DEGREE_ABBREVIATIONS.finditer(text))


def _is_state(text: str, match: re.Match[str]) -> bool:
    """Return True when an abbreviation reads as "City, ST" rather than a degree."""
    before, after = text[: match.start()], text[match.end() :]
    return (
        region_of(match.group()) is not None
        and before.rstrip().endswith(",")
        and _AFTER_STATE.match(after) is not None
    )
