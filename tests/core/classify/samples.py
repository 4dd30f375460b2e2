"""Short resumes written for these tests (not taken from any dataset)."""

BY_CATEGORY = {
    "Java Developer": """
Software engineer with four years of backend work in Java 11 and Spring Boot.
Built REST APIs with Spring MVC and Hibernate on a MySQL database, wrote JUnit
and Mockito tests, and moved a monolith to microservices. Experience with Maven,
Tomcat, JSP, servlets, multithreading and the collections framework. Worked in
Agile sprints with Jira and Git. Education: B.Tech in Computer Science.
""",
    "Data Science": """
Data scientist who builds predictive models in Python with pandas, NumPy and
scikit-learn. Trained random forest, gradient boosting and logistic regression
models for churn prediction, ran feature engineering and cross-validation, and
built NLP pipelines for text classification and sentiment analysis. Deep
learning with TensorFlow and Keras. Visualised results in Tableau and
matplotlib. M.Sc. in Statistics; machine learning and statistical analysis.
""",
    "HR": """
Human resources executive handling end-to-end recruitment: sourcing candidates,
screening, scheduling interviews and onboarding new joiners. Managed payroll
inputs, attendance, leave records and employee grievances. Organised induction
and training programmes, employee engagement activities and exit interviews.
Maintained HR policies and statutory compliance for PF and ESIC. MBA in Human
Resource Management.
""",
    "Advocate": """
Practising advocate enrolled with the State Bar Council, handling civil and
criminal matters before the district court and the High Court. Drafted plaints,
written statements, bail applications, legal notices and agreements. Conducted
legal research on case law, appeared for arguments, and advised clients on
property disputes, family law and consumer complaints. LL.B. from a law college.
""",
    "Civil Engineer": """
Site engineer with experience in the construction of residential buildings and
roads. Supervised RCC work, shuttering, reinforcement and concrete pouring,
prepared bar bending schedules, estimated quantities and checked contractor
bills. Read structural drawings in AutoCAD, carried out surveying with a total
station and ensured quality control of materials at site. B.E. in Civil
Engineering.
""",
    "Mechanical Engineer": """
Mechanical engineer in a manufacturing plant responsible for production planning,
preventive maintenance of CNC machines, lathes and hydraulic presses, and root
cause analysis of breakdowns. Designed fixtures in SolidWorks and CATIA, ran
quality checks with vernier calipers and micrometers, and applied 5S and kaizen on
the shop floor. Diploma and B.E. in Mechanical Engineering.
""",
    "Sales": """
Sales executive with a record of meeting monthly targets for consumer products.
Generated leads, visited dealers and distributors, negotiated prices and closed
orders. Built relationships with key accounts, handled customer complaints,
tracked collections and reported market feedback to the regional sales manager.
Strong negotiation and communication skills. Bachelor of Commerce.
""",
    "Health and fitness": """
Certified fitness trainer who designs personal workout plans for strength,
weight loss and endurance. Coached clients in the gym on cardio, resistance
training and yoga, tracked body composition and gave diet and nutrition advice.
Conducted group fitness classes and assessed posture and flexibility. Diploma in
sports nutrition and a certificate in personal training.
""",
    "Network Security Engineer": """
Network security engineer managing firewalls (Fortinet, Palo Alto, Cisco ASA),
site-to-site VPN tunnels and intrusion prevention systems. Configured routers and
switches, VLANs, OSPF and BGP routing, and monitored the network for threats and
vulnerabilities. Performed vulnerability assessments, handled security incidents
and access control policies. CCNA and CCNP Security certified.
""",
    "SAP Developer": """
SAP ABAP consultant with experience in reports, module pool programming, BDC,
BAPIs, user exits and BADIs, SmartForms and Adobe Forms. Worked on SAP ECC and
S/4HANA implementations for the SD, MM and FI modules, wrote functional
specifications into technical designs, and supported data migration with LSMW.
Debugged performance issues in ABAP code. Bachelor of Engineering.
""",
    "DevOps Engineer": """
DevOps engineer automating build and release pipelines with Jenkins, Git and
Maven. Wrote Ansible playbooks and shell scripts for configuration management,
containerised applications with Docker and deployed them to Kubernetes clusters
on AWS (EC2, S3, IAM). Set up monitoring with Nagios and continuous integration
and continuous deployment for several teams. Linux administration.
""",
    "Hadoop": """
Big data developer working on the Hadoop ecosystem: HDFS, MapReduce, Hive, Pig,
Sqoop, Oozie and HBase. Imported data from relational databases with Sqoop, wrote
Hive queries with partitions and bucketing, and processed large data sets with
Spark and Scala on a Cloudera cluster. Tuned MapReduce jobs and scheduled
workflows in Oozie. Bachelor of Technology.
""",
    "Blockchain": """
Blockchain developer writing smart contracts in Solidity on Ethereum and building
decentralised applications with web3.js and Truffle. Worked with Hyperledger
Fabric chaincode, consensus algorithms, cryptography and token standards such as
ERC-20. Built a supply chain traceability proof of concept on a private ledger
and integrated wallets into a Node.js backend.
""",
    "Electrical Engineering": """
Electrical engineer responsible for installation, testing and commissioning of
HT and LT panels, transformers, switchgear and motor control centres. Prepared
single line diagrams and cable schedules, maintained substations, DG sets and
electrical distribution systems, and followed safety standards. Worked with PLC
and SCADA. B.E. in Electrical and Electronics Engineering.
""",
}

FOREIGN = {
    "spanish": """
Desarrollador de software con cinco años de experiencia en Python, Django y bases
de datos SQL. Responsable del diseño de servicios web, gestión de proyectos ágiles
y coordinación de un equipo de cuatro personas. Formación: Ingeniería Informática,
Universidad de Sevilla. Idiomas: español nativo, inglés intermedio. Habilidades:
trabajo en equipo, comunicación, resolución de problemas, Git, Docker y Linux.
""",
    "german": """
Softwareentwickler mit fünf Jahren Berufserfahrung in Java und Spring. Verantwortlich
für die Entwicklung von Webanwendungen, die Betreuung von Datenbanken und die
Einarbeitung neuer Kollegen. Ausbildung: Informatik an der Technischen Universität
München. Kenntnisse: Java, Spring Boot, SQL, Git, Jenkins. Sprachen: Deutsch
Muttersprache, Englisch fließend. Hobbys: Radfahren, Fotografie und Kochen.
""",
    "russian": """
Инженер-программист с опытом работы пять лет. Разработка веб-приложений на Python
и Django, проектирование баз данных PostgreSQL, автоматизация тестирования и
сопровождение серверов. Образование: Московский государственный университет,
факультет вычислительной математики. Навыки: Python, SQL, Linux, Git, Docker.
""",
    "chinese": """
软件工程师，五年工作经验。负责使用 Java 和 Spring 开发企业级网络应用，设计 MySQL
数据库，带领三人团队完成项目交付，并负责代码评审和单元测试。教育背景：北京大学
计算机科学学士。技能：Java、Spring Boot、MySQL、Linux、Git、Docker。
""",
}
