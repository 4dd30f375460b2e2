"""Strong action verbs that open an impact bullet (base and past forms)."""

# A word block reads and edits better than a 300-item list literal.
_VERB_BLOCK = """
    accelerate accelerated achieve achieved acquire acquired administer administered
    advise advised analyse analysed analyze analyzed architect architected arrange
    arranged assemble assembled assess assessed audit audited automate automated
    boost boosted build built calculate calculated champion championed clarify
    clarified coach coached collaborate collaborated compile compiled complete
    completed conceive conceived conduct conducted configure configured consolidate
    consolidated construct constructed consult consulted contribute contributed
    convert converted coordinate coordinated create created cut cultivate cultivated
    debug debugged decrease decreased define defined deliver delivered deploy
    deployed design designed develop developed devise devised diagnose diagnosed
    direct directed discover discovered document documented double doubled draft
    drafted drive drove eliminate eliminated enable enabled engineer engineered
    enhance enhanced establish established evaluate evaluated execute executed
    expand expanded expedite expedited facilitate facilitated forecast forecasted
    formulate formulated found founded generate generated grow grew guide guided
    handle handled head headed identify identified implement implemented improve
    improved increase increased influence influenced initiate initiated innovate
    innovated inspect inspected install installed integrate integrated interview
    interviewed introduce introduced invent invented investigate investigated
    launch launched lead led lower lowered maintain maintained manage managed
    maximise maximised maximize maximized mentor mentored migrate migrated minimise
    minimised minimize minimized model modeled modelled modernise modernised
    modernize modernized monitor monitored motivate motivated negotiate negotiated
    operate operated optimise optimised optimize optimized orchestrate orchestrated
    organise organised organize organized overhaul overhauled oversee oversaw
    perform performed pilot piloted pioneer pioneered plan planned prepare prepared
    present presented prioritise prioritised prioritize prioritized process
    processed produce produced program programmed programme programmed promote
    promoted propose proposed prototype prototyped provide provided publish
    published raise raised rebuild rebuilt recommend recommended recruit recruited
    redesign redesigned reduce reduced refactor refactored reengineer reengineered
    remodel remodeled reorganise reorganised reorganize reorganized repair repaired
    research researched resolve resolved restructure restructured revamp revamped
    review reviewed revise revised run ran save saved scale scaled schedule
    scheduled secure secured selected select serve served simplify simplified
    solve solved spearhead spearheaded standardise standardised standardize
    standardized streamline streamlined strengthen strengthened supervise
    supervised support supported teach taught test tested train trained transform
    transformed translate translated triple tripled troubleshoot troubleshot
    unify unified upgrade upgraded validate validated win won write wrote
    fix fixed ship shipped sell sold partner partnered author authored
"""
ACTION_VERBS = frozenset(_VERB_BLOCK.split())
