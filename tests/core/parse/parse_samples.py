"""Synthetic resumes (written for these tests) and a helper to read real PDFs."""

from pathlib import Path

from talentsync_app.core.extract import extract_document
from talentsync_app.core.types import ExtractedDocument


def extracted(path: Path) -> ExtractedDocument:
    """Extract a real document the way the product does."""
    return extract_document(path.read_bytes(), path.name)


SPANISH = """\
María García López
Desarrolladora de Software
Madrid, España
Tel: +34 612 345 678 | maria.garcia@correo.es
linkedin.com/in/mariagarcia | github.com/mgarcia

Resumen
Desarrolladora con cinco años de experiencia en aplicaciones web para la banca.

Experiencia laboral
Desarrolladora Backend en Banco Ejemplo S.A.
Enero 2020 - actualidad
• Diseñé una API de pagos con Python y Django para los clientes del banco.
Programadora Junior, Soluciones Digitales S.L., Valencia
Marzo 2017 – Diciembre 2019
• Mantenimiento de aplicaciones Java para clientes del sector público.

Educación
Grado en Ingeniería Informática, Universidad Politécnica de Madrid, 2016

Habilidades
Python, Django, Java, SQL, Docker

Idiomas
Español (nativo), Inglés (C1)
"""

GERMAN = """\
Lebenslauf
Jonas Becker
Softwareentwickler
Adresse: Hauptstraße 5, 10115 Berlin, Deutschland
Telefon: 030 12345678
E-Mail: jonas.becker@beispiel.de
Web: jonasbecker.dev

Berufserfahrung
Senior Softwareentwickler | Beispiel GmbH | 04/2019 – heute
• Entwicklung von Microservices mit Java und Kubernetes für den Zahlungsverkehr
Werkstudent bei Muster AG
10/2016 – 03/2019
• Pflege der internen Web-Anwendungen und Betreuung der Nutzer

Ausbildung
M.Sc. Informatik, Technische Universität Berlin, 2019

Kenntnisse
Java, Kotlin, Kubernetes, PostgreSQL

Sprachen
Deutsch (Muttersprache), Englisch (fließend)
"""

RUSSIAN = """\
Иванов Иван Петрович
Ведущий разработчик
Москва, Россия
Телефон: +7 (916) 123-45-67
Email: ivan.ivanov@example.ru
Telegram: t.me/ivanov_dev
GitHub: github.com/ivanov

Опыт работы
Ведущий разработчик, ООО «Ромашка»
Март 2020 — по настоящее время
• Разработка высоконагруженных сервисов на Go и поддержка их в эксплуатации
Разработчик в Яндекс
с мая 2017 по февраль 2020
• Поддержка внутренних инструментов для команды аналитики

Образование
Магистр, Московский государственный университет, 2017

Навыки
Go, Python, PostgreSQL, Kafka

Языки
Русский — родной, Английский — B2
"""

CHINESE = """\
张伟
高级软件工程师
北京，中国
电话：138 0013 8000
邮箱：zhangwei@example.cn
GitHub：github.com/zhangwei

个人简介
五年后端开发经验，熟悉分布式系统和支付业务。

工作经历
高级软件工程师 | 北京某某科技有限公司 | 2019.07 - 至今
• 负责支付系统的设计与开发
软件工程师 | 上海示例信息技术有限公司 | 2016.07 - 2019.06
• 参与电商平台后端开发

教育背景
计算机科学与技术 学士 | 清华大学 | 2012 - 2016

专业技能
Java、Go、MySQL、Redis

语言能力
英语（CET-6）、普通话
"""

WITH_REFERENCES = """\
Jane Smith
Data Analyst
jane.smith@mail.com | +1 415 555 0134 | San Francisco, CA

Experience
Data Analyst, Acme Corp, Jan 2020 - Dec 2022
• Built weekly revenue dashboards used by 40 managers

References
Dr. Robert Brown
Professor, State University
robert.brown@university.edu | +1 212 555 0199 | Boston, MA
"""

ONLY_REFEREE_CONTACTS = """\
Jane Smith
Data Analyst

Experience
Data Analyst, Acme Corp, Jan 2020 - Dec 2022
• Built weekly revenue dashboards used by 40 managers

Referees
Robert Brown, Professor, State University
robert.brown@university.edu
+1 212 555 0199
"""

OVERLAPPING_JOBS = """\
Alex Johnson
alex.johnson@mail.com

Work Experience
Senior Engineer | Globex Inc. | Jan 2015 – Dec 2018
• Led the billing platform team
Consultant | Initech LLC | Jun 2017 – Jun 2020
• Part-time consulting on data pipelines
Engineer | Hooli | 2021 – 2022
• Built search ranking features
"""

ALL_CAPS_NAME = """\
MARÍA-JOSÉ O'NEILL
Marketing Manager
maria.oneill@mail.com
Dublin, Ireland
"""

TWO_COLUMN_SIDEBAR_FIRST = """\
CONTACT
priya.sharma@mail.com
+91 98765 43210
Bengaluru, India
github.com/priyasharma
SKILLS
Python, Spark, Airflow
PRIYA SHARMA
Data Engineer
EXPERIENCE
Data Engineer at Flipkart, 2019 - Present
• Built streaming pipelines processing 2 billion events a day
EDUCATION
B.Tech in Computer Science, IIT Bombay, 2019
"""

MANY_SECTIONS = """\
Sam Lee
sam.lee@mail.com

PROFESSIONAL SUMMARY
Backend developer focused on reliable payment systems.

Technical Skills:
• Languages: Go, Python
• Tools: Docker | Terraform | Git

E X P E R I E N C E
Backend Developer, Stripe, 2021 - Present
• Cut payout latency by 35%

Education
B.Sc. Computer Science, University of Toronto, 2020, GPA: 3.7/4.0

Projects
Ledger CLI 2022
• Double-entry bookkeeping tool in Go

Certifications
• AWS Certified Solutions Architect – Associate
• Certified Kubernetes Administrator (CKA)

Publications
• Lee, S. Fast ledgers. Journal of Payments, 2022.

Awards & Honors
• Dean's List 2019

Positions of Responsibility
• President, Coding Club (2019 - 2020)

Languages
English (native), Korean (fluent)

Interests
Climbing, chess
"""
