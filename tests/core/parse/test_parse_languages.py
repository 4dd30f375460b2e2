"""Resumes in Spanish, German, Russian and Chinese: contacts, links, language."""

import parse_samples as samples
import pytest

from talentsync_app.core.parse import parse_resume
from talentsync_app.core.parse.language import detect_language


def kinds(parsed):
    return {link.kind: link.url for link in parsed.links}


def test_spanish():
    parsed = parse_resume(samples.SPANISH)
    assert parsed.language == "es"
    assert parsed.name == "María García López"
    assert parsed.email == "maria.garcia@correo.es"
    assert parsed.phone.e164 == "+34612345678"
    assert parsed.location == "Madrid, España"
    assert kinds(parsed) == {
        "linkedin": "https://linkedin.com/in/mariagarcia",
        "github": "https://github.com/mgarcia",
    }
    first = parsed.experience[0]
    assert (first.title, first.company, first.start, first.end) == (
        "Desarrolladora Backend",
        "Banco Ejemplo S.A.",
        "2020-01",
        "present",
    )
    assert parsed.education[0].institution == "Universidad Politécnica de Madrid"
    assert parsed.languages == ["Español (nativo)", "Inglés (C1)"]
    assert set(parsed.sections) == {
        "summary", "experience", "education", "skills", "languages"
    }  # fmt: skip


def test_german_national_number_uses_region_from_location():
    parsed = parse_resume(samples.GERMAN)
    assert parsed.language == "de"
    assert parsed.name == "Jonas Becker"
    assert parsed.location == "Berlin, Deutschland"
    assert parsed.phone.raw == "030 12345678"
    assert parsed.phone.e164 == "+493012345678"
    assert parsed.email == "jonas.becker@beispiel.de"
    assert kinds(parsed) == {"portfolio": "https://jonasbecker.dev"}
    jobs = [(j.title, j.company, j.start, j.end) for j in parsed.experience]
    assert jobs == [
        ("Senior Softwareentwickler", "Beispiel GmbH", "2019-04", "present"),
        ("Werkstudent", "Muster AG", "2016-10", "2019-03"),
    ]
    degree = parsed.education[0]
    assert (degree.degree, degree.institution, degree.year) == (
        "M.Sc. Informatik",
        "Technische Universität Berlin",
        "2019",
    )


def test_russian():
    parsed = parse_resume(samples.RUSSIAN)
    assert parsed.language == "ru"
    assert parsed.name == "Иванов Иван Петрович"
    assert parsed.email == "ivan.ivanov@example.ru"
    assert parsed.phone.e164 == "+79161234567"
    assert parsed.location == "Москва, Россия"
    assert kinds(parsed) == {
        "other": "https://t.me/ivanov_dev",
        "github": "https://github.com/ivanov",
    }
    jobs = [(j.title, j.company, j.start, j.end) for j in parsed.experience]
    assert jobs == [
        ("Ведущий разработчик", "ООО «Ромашка»", "2020-03", "present"),
        ("Разработчик", "Яндекс", "2017-05", "2020-02"),
    ]
    assert parsed.skills_listed == ["Go", "Python", "PostgreSQL", "Kafka"]


def test_chinese():
    parsed = parse_resume(samples.CHINESE)
    assert parsed.language == "zh"
    assert parsed.name == "张伟"
    assert parsed.email == "zhangwei@example.cn"
    assert parsed.phone.e164 == "+8613800138000"
    assert parsed.location == "北京, 中国"
    assert kinds(parsed) == {"github": "https://github.com/zhangwei"}
    first = parsed.experience[0]
    assert (first.title, first.company, first.start, first.end) == (
        "高级软件工程师",
        "北京某某科技有限公司",
        "2019-07",
        "present",
    )
    assert parsed.education[0].institution == "清华大学"
    assert parsed.skills_listed == ["Java", "Go", "MySQL", "Redis"]
    assert parsed.headings == [
        "个人简介",
        "工作经历",
        "教育背景",
        "专业技能",
        "语言能力",
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Experience with Python and SQL for the analytics team at the bank", "en"),
        (
            "Experiencia en el desarrollo de aplicaciones para la banca y los seguros",
            "es",
        ),
        (
            "Erfahrung in der Entwicklung von Anwendungen für den Handel",
            "de",
        ),
        (
            "Expérience dans le développement des applications pour la finance",
            "fr",
        ),
        ("Опыт разработки веб-приложений", "ru"),
        ("五年后端开发经验", "zh"),
        ("MARÍA-JOSÉ O'NEILL", "en"),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text) == code
