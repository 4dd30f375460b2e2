"""Section heading vocabulary in several languages and heading-line detection."""

from __future__ import annotations

import re

# Internal section keys. Most equal the canonical names stored in
# ParsedResume.sections; the extra keys (contact, references, interests) are
# stored as "other" but steer contact-detail extraction.
CANONICAL = {
    "summary": "summary",
    "experience": "experience",
    "education": "education",
    "skills": "skills",
    "projects": "projects",
    "certifications": "certifications",
    "publications": "publications",
    "achievements": "achievements",
    "positions": "positions",
    "languages": "languages",
    "contact": "other",
    "references": "other",
    "interests": "other",
    "other": "other",
}

# Heading variants per key, ";"-separated, compared in case-folded form.
_VARIANTS: dict[str, str] = {
    "summary": (
        "summary; professional summary; career summary; executive summary; profile; "
        "professional profile; career profile; personal profile; about me; about; "
        "objective; career objective; professional objective; overview; "
        "introduction; personal statement; highlights; summary of qualifications; "
        "qualifications summary; resumen; resumen profesional; perfil; "
        "perfil profesional; sobre mí; objetivo; objetivo profesional; profil; "
        "zusammenfassung; über mich; kurzprofil; berufsziel; profil professionnel; "
        "à propos; objectif; résumé professionnel; о себе; обо мне; цель; профиль; "
        "резюме профиля; 个人简介; 自我评价; 个人总结; 求职意向; 个人概述; 简介"
    ),
    "experience": (
        "experience; work experience; company details; professional experience; "
        "employment history; "
        "employment; work history; career history; relevant experience; "
        "experience and internships; internships; internship; "
        "internship experience; professional background; industry experience; "
        "research experience; teaching experience; work; career; experiencia; "
        "experiencia laboral; experiencia profesional; historial laboral; "
        "trayectoria profesional; berufserfahrung; berufliche erfahrung; "
        "berufspraxis; praktische erfahrung; beruflicher werdegang; erfahrung; "
        "praktika; expérience; expérience professionnelle; "
        "expériences professionnelles; expériences; parcours professionnel; "
        "опыт работы; опыт; профессиональный опыт; трудовая деятельность; 工作经历; "
        "工作经验; 实习经历; 职业经历; 工作履历"
    ),
    "education": (
        "education; education details; academic background; education and training; "
        "academic qualifications; educational background; qualifications; "
        "academics; academic history; education history; educación; formación; "
        "formación académica; estudios; ausbildung; bildung; bildungsweg; "
        "akademischer werdegang; schulbildung; studium; formation; éducation; "
        "formation académique; études; образование; обучение; "
        "教育; 教育背景; 教育经历; 学历"
    ),
    "skills": (
        "skills; skill details; technical skills; key skills; core skills; "
        "skill set; skillset; "
        "core competencies; competencies; technologies; technical proficiencies; "
        "tools and technologies; tech stack; areas of expertise; expertise; "
        "soft skills; hard skills; it skills; computer skills; professional skills; "
        "relevant skills; skills and abilities; skills and interests; "
        "technical expertise; habilidades; competencias; conocimientos; aptitudes; "
        "habilidades técnicas; kenntnisse; fähigkeiten; kompetenzen; "
        "fachkenntnisse; it-kenntnisse; edv-kenntnisse; fertigkeiten; compétences; "
        "compétences techniques; savoir-faire; навыки; ключевые навыки; "
        "профессиональные навыки; умения; технические навыки; "
        "技能; 专业技能; 技能特长; 个人技能; "
        "技术能力"
    ),
    "projects": (
        "projects; project; personal projects; academic projects; key projects; "
        "selected projects; side projects; project experience; proyectos; projekte; "
        "projets; проекты; 项目经验; 项目经历; 项目"
    ),
    "certifications": (
        "certifications; certification; certificates; licenses; "
        "licenses and certifications; certifications and licenses; courses; "
        "training; certifications and training; courses and training; "
        "certificaciones; certificados; cursos; zertifikate; zertifizierungen; "
        "weiterbildung; fortbildungen; certificats; сертификаты; курсы; "
        "повышение квалификации; 证书; 资格证书; 培训经历"
    ),
    "publications": (
        "publications; research; papers; research and publications; publicaciones; "
        "publikationen; veröffentlichungen; публикации; 论文; 发表论文"
    ),
    "achievements": (
        "achievements; awards; honors; honours; awards and honors; "
        "honors and awards; accomplishments; awards and achievements; "
        "key achievements; scholarships; logros; premios; reconocimientos; "
        "auszeichnungen; erfolge; réalisations; distinctions; prix; достижения; "
        "награды; 获奖经历; 荣誉奖项; 获奖情况; 荣誉"
    ),
    "positions": (
        "positions of responsibility; leadership; leadership experience; "
        "leadership and activities; extracurricular activities; "
        "extra-curricular activities; activities; volunteer experience; "
        "volunteering; volunteer work; community involvement; liderazgo; "
        "voluntariado; ehrenamt; engagement; bénévolat; responsabilités; "
        "общественная деятельность; 校园经历; 社会实践; 学生工作"
    ),
    "languages": (
        "languages; language skills; spoken languages; language proficiency; "
        "idiomas; lenguas; sprachen; sprachkenntnisse; langues; языки; "
        "знание языков; владение языками; иностранные языки; 语言能力; 语言; 外语能力"
    ),
    "contact": (
        "contact; contact information; contact details; personal details; "
        "personal information; personal data; contacto; datos personales; "
        "información personal; kontakt; persönliche daten; kontaktdaten; "
        "coordonnées; informations personnelles; контакты; контактная информация; "
        "личные данные; 联系方式; 个人信息; 基本信息"
    ),
    "references": (
        "references; referees; professional references; referencias; referenzen; "
        "références; рекомендации; 推荐人"
    ),
    "interests": (
        "interests; hobbies; hobbies and interests; personal interests; intereses; "
        "aficiones; hobbys; interessen; centres d'intérêt; loisirs; интересы; "
        "хобби; 兴趣爱好; 爱好"
    ),
    "other": ("additional information; miscellaneous; other; sonstiges"),
}

HEADING_KEYS: dict[str, str] = {
    variant.strip(): key
    for key, variants in _VARIANTS.items()
    for variant in variants.split(";")
}

# Words of four or more letters used in headings: never part of a person's name.
HEADING_WORDS = frozenset(
    word for variant in HEADING_KEYS for word in re.findall(r"[^\W\d_]{4,}", variant)
)
MAX_HEADING_WORDS = 6
_LETTER_SPACED = re.compile(r"^(?:\w ){2,}\w$")
_LEADING_MARK = re.compile(r"^[\s•·▪■◆►\-–—*#>|]+|^\d{1,2}[.)]\s+")
_TRAILING_MARK = re.compile(r"[\s:：|_\-–—.]+$")
_INLINE = re.compile(r"^([^\W\d][\w &/'-]{1,40}?)\s*[:：]\s*(\S.*)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def normalise_heading(line: str) -> str:
    """Return the lower-case comparison form of a possible heading line.

    Args:
        line: One line of resume text.

    Returns:
        The line without bullets, numbering and trailing colons, letter spacing
        collapsed, "&" read as "and", in case-folded form.

    """
    text = _LEADING_MARK.sub("", line.strip())
    text = _TRAILING_MARK.sub("", text)
    if _LETTER_SPACED.match(text):
        text = text.replace(" ", "")
    text = text.replace("&", " and ").replace("＆", " and ")
    return " ".join(text.split()).casefold()


def heading_key(line: str) -> str | None:
    """Return the internal section key when the whole line is a heading.

    Args:
        line: One line of resume text.

    Returns:
        A key of ``CANONICAL`` or None when the line is not a heading.

    """
    stripped = line.strip()
    if not stripped or len(stripped) > 60 or stripped[0] in "•·▪-–*":
        return None
    norm = normalise_heading(stripped)
    if len(norm.split()) > MAX_HEADING_WORDS and not _CJK.search(norm):
        return None
    return HEADING_KEYS.get(norm)


def inline_heading(line: str) -> tuple[str, str, str] | None:
    """Split a "Skills: Python, SQL" line into (key, label, content).

    Args:
        line: One line of resume text.

    Returns:
        The section key, the label as printed and the rest of the line, or None
        when the label is not a known heading.

    """
    match = _INLINE.match(line.strip())
    if not match:
        return None
    key = HEADING_KEYS.get(normalise_heading(match.group(1)))
    if key is None:
        return None
    return key, match.group(1), match.group(2).strip()
