"""The words the extraction rules read: speech verbs, roles, titles, pronouns, given names.

Plain Python sets, so loading them costs a fraction of a millisecond.
"""

from __future__ import annotations

_DOUBLING = frozenset("admit commit omit permit submit regret rebut refer prefer confer".split())


def _doubles(stem: str) -> bool:
    """Whether a verb doubles its last consonant: quip, quipped; admit, admitted."""
    vowels = "aeiou"
    shape = (
        len(stem) >= 3
        and stem[-1] not in vowels + "wxy"
        and stem[-2] in vowels
        and (stem[-3] not in vowels or stem[-4:-2] == "qu")
    )
    return shape and (len(stem) <= 4 or stem in _DOUBLING)


def _forms(*stems: str) -> frozenset[str]:
    """Each verb with its usual inflections: ``say`` gives say, says, said, saying."""
    words: set[str] = set()
    for stem in stems:
        base, *irregular = stem.split("/")
        words.add(base)
        words.update(irregular)
        if not irregular:
            if base.endswith("e"):
                words.update({base + "s", base + "d", base[:-1] + "ing"})
            elif base.endswith("y") and base[-2] not in "aeiou":
                words.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
            elif base.endswith(("sh", "ch", "ss", "x")):
                words.update({base + "es", base + "ed", base + "ing"})
            elif _doubles(base):
                words.update({base + "s", base + base[-1] + "ed", base + base[-1] + "ing"})
            else:
                words.update({base + "s", base + "ed", base + "ing"})
    return frozenset(words)


# Verbs that introduce or follow the words someone said or wrote.
SPEECH_VERBS = _forms(
    "say/says/said/saying",
    "tell/tells/told/telling",
    "write/writes/wrote/writing/written",
    "add",
    "ask",
    "answer",
    "reply",
    "respond",
    "tweet",
    "post",
    "declare",
    "state",
    "note",
    "explain",
    "continue",
    "conclude",
    "recall",
    "insist",
    "argue",
    "claim",
    "warn",
    "urge",
    "admit",
    "acknowledge",
    "announce",
    "assert",
    "assure",
    "boast",
    "joke",
    "quip",
    "shout",
    "yell",
    "chant",
    "cry/cries/cried/crying",
    "exclaim",
    "remark",
    "observe",
    "comment",
    "predict",
    "promise",
    "vow",
    "pledge",
    "suggest",
    "complain",
    "concede",
    "confirm",
    "deny/denies/denied/denying",
    "emphasize",
    "emphasise",
    "stress",
    "repeat",
    "echo/echoes/echoed/echoing",
    "reiterate",
    "caution",
    "counter",
    "contend",
    "maintain",
    "mention",
    "point",
    "recount",
    "reflect",
    "reason",
    "retort",
    "scoff",
    "sigh",
    "snap",
    "thunder",
    "whisper",
    "mutter",
    "testify/testifies/testified/testifying",
    "demand",
    "plead",
    "marvel",
    "muse",
    "lament",
    "describe",
    "characterize",
    "call",
    "label",
    "dub",
    "brand",
    "read/reads/read/reading",
    "begin/begins/began/beginning",
    "go/goes/went/going",
    "put/puts/put/putting",
    "tell",
    "quote",
    "charge",
    "allege",
    "accuse",
    "order",
    "proclaim",
    "concur",
    "agree",
    "disagree",
    "interject",
    "interrupt",
    "summarize",
    "summarise",
    "elaborate",
    "clarify/clarifies/clarified/clarifying",
    "advise",
    "counsel",
    "challenge",
    "wonder",
    "fume",
    "gush",
    "rave",
    "rail",
    "blast",
    "slam",
    "mock",
    "tease",
    "taunt",
    "preach",
    "pray",
    "sing/sings/sang/singing",
    "sob",
    "laugh",
    "grumble",
    "groan",
    "protest",
    "object",
    "concede",
    "confide",
    "confess",
    "declare",
    "share",
    "report",
    "affirm",
    "opine",
    "tout",
    "gripe",
    "chide",
    "scold",
    "cheer",
    "murmur",
    "stammer",
    "sneer",
    "whine",
    "bellow",
    "roar",
    "specify",
    "posit",
    "speculate",
    "hint",
    "reassure",
    "remind",
    "inform",
    "estimate",
    "guess",
    "text",
    "email",
    "blog",
    "editorialize",
)

# Verbs after which "... went on", "pointed out" and the like still speak.
SPEECH_PARTICLES = frozenset({"on", "out", "up", "back", "in"})

# Verbs that carry a stance on quoted words without saying them outright ("gave 'some hope'").
STANCE_VERBS = _forms(
    "raise",
    "call",
    "describe",
    "dismiss",
    "reject",
    "label",
    "term",
    "brand",
    "dub",
    "deem",
    "vow",
    "pledge",
    "promise",
    "accuse",
    "condemn",
    "praise",
    "criticize",
    "criticise",
    "denounce",
    "defend",
    "decry",
    "hail",
    "cite",
    "refer",
    "rule",
    "give/gives/gave/giving/given",
    "offer",
    "express",
    "voice",
    "see/sees/saw/seeing/seen",
    "believe",
    "think/thinks/thought/thinking",
    "feel/feels/felt/feeling",
    "hope",
    "want",
    "seek/seeks/sought/seeking",
    "threaten",
    "predict",
    "consider",
    "view",
    "regard",
    "insist",
    "caution",
    "envision",
    "plan",
    "propose",
    "attack",
    "mean/means/meant/meaning",
)

# Nouns for what people do, used to recognise roles before or after a name.
ROLE_NOUNS = frozenset(
    """
    president vice-president spokesman spokeswoman spokesperson spokespeople minister
    premier chancellor secretary senator congressman congresswoman representative
    governor mayor ambassador envoy diplomat chairman chairwoman chair chief director
    leader head commander general admiral colonel officer official officials aide adviser
    advisor counsel counselor lawyer attorney prosecutor judge justice candidate nominee
    contender hopeful manager strategist consultant pollster analyst economist professor
    researcher scientist expert fellow founder executive ceo cfo coo owner partner
    publisher editor columnist correspondent reporter journalist anchor host commentator
    activist organizer organiser campaigner volunteer supporter delegate voter resident
    chairperson speaker whip treasurer sheriff lawmaker legislator politician member
    superintendent commissioner administrator inspector investigator agent detective
    king queen prince princess emperor pope bishop cardinal archbishop pastor priest
    rabbi imam reverend minister monarch dictator ruler sultan sheikh emir ayatollah
    actor actress singer comedian author writer novelist historian student teacher
    coach player athlete boxer champion father mother son daughter wife husband brother
    sister widow friend daughter-in-law son-in-law nephew niece uncle aunt grandson dad mom
    mum grandfather grandmother cousin
    granddaughter cofounder co-founder president-elect premier-elect ceo chief-of-staff
    deputy assistant liaison negotiator mediator representative rep sen gov
    press-secretary secretary-general director-general attorney-general surgeon-general
    economist chief executive republican democrat libertarian businessman businesswoman
    mogul tycoon billionaire woman man alderman alderwoman advocate ombudsman veteran backer
    donor ally mp
    """.split()
)

# Roles the press calls a known figure by, once named ("the businessman said"); not those of
# people it leaves unnamed ("the official", "the woman").
EPITHETS = frozenset(
    """
    president president-elect senator congressman congresswoman governor mayor candidate
    nominee contender hopeful front-runner frontrunner businessman businesswoman mogul tycoon
    billionaire developer republican democrat libertarian lawmaker legislator politician
    chancellor premier speaker
    """.split()
)

# Words that may stand inside a role before the role noun ("former deputy foreign minister").
ROLE_MODIFIERS = frozenset(
    """
    former deputy acting assistant associate senior junior chief vice top foreign defence
    defense interior finance justice health education press communications campaign
    national state federal local regional political senior presidential vice-presidential
    republican democratic democrat conservative liberal independent gop party prime
    executive managing general special white house opposition majority minority house
    senate congressional supreme district county city municipal civil rights human
    government military army navy air force police security intelligence economic trade
    energy environment environmental agriculture transport transportation labor labour
    treasury commerce homeland secretary new longtime long-time
    then-candidate then ex- co lead principal first second rival libertarian
    """.split()
)

# Honorifics and abbreviated titles written before a name.
TITLES = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "miss": "female",
    "dr": None,
    "dr.": None,
    "sen": None,
    "sen.": None,
    "rep": None,
    "rep.": None,
    "pres.": None,
    "del.": None,  # a delegate, in a state's lower house
    "delegate": None,
    "gov": None,
    "gov.": None,
    "lt.": None,
    "gen": None,
    "gen.": None,
    "col.": None,
    "sgt.": None,
    "capt.": None,
    "prof.": None,
    "rev.": None,
    "sir": "male",
    "dame": "female",
    "lord": "male",
    "lady": "female",
    "president": None,
    "senator": None,
    "governor": None,
    "secretary": None,
    "mayor": None,
    "judge": None,
    "justice": None,
    "pope": "male",
    "emperor": "male",
    "empress": "female",
    "tsar": "male",
    "czar": "male",
    "madam": "female",
    "professor": None,
    "king": "male",
    "queen": "female",
    "prince": "male",
    "princess": "female",
    "chancellor": None,
    "minister": None,
    "premier": None,
    "speaker": None,
    "ambassador": None,
    "general": None,
    "father": "male",
    "sister": "female",
    "brother": "male",
    "rabbi": None,
    "imam": None,
    "attorney": None,
}

# Role words that tell a person's gender.
GENDERED_ROLES = {
    "spokesman": "male",
    "spokeswoman": "female",
    "congressman": "male",
    "congresswoman": "female",
    "chairman": "male",
    "chairwoman": "female",
    "businessman": "male",
    "businesswoman": "female",
    "actress": "female",
    "actor": "male",
    "mother": "female",
    "father": "male",
    "wife": "female",
    "husband": "male",
    "son": "male",
    "daughter": "female",
    "brother": "male",
    "sister": "female",
    "widow": "female",
    "king": "male",
    "queen": "female",
    "prince": "male",
    "princess": "female",
    "grandmother": "female",
    "grandfather": "male",
    "uncle": "male",
    "aunt": "female",
    "nephew": "male",
    "niece": "female",
    "girl": "female",
    "boy": "male",
    "woman": "female",
    "man": "male",
}

# Religions, peoples and generations named as groups: "Muslims", "Hispanic", "Millennials".
GROUP_WORDS = frozenset(
    """
    christian catholic protestant evangelical mormon muslim jew jewish hindu sikh buddhist
    islamic islamist orthodox hispanic latino latina latinx asian arab african european
    caucasian nazi millennial boomer
    """.split()
)

PRONOUNS = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "it": "neuter",
    "i": "first",
    "we": "first",
}
# Demonyms no ending rule derives from their country's name.
IRREGULAR_DEMONYMS = {
    "american": "United States",
    "british": "United Kingdom",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "filipino": "Philippines",
    "finnish": "Finland",
    "french": "France",
    "greek": "Greece",
    "irish": "Ireland",
    "norwegian": "Norway",
    "polish": "Poland",
    "portuguese": "Portugal",
    "scottish": "Scotland",
    "spanish": "Spain",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "thai": "Thailand",
    "turkish": "Turkey",
    "welsh": "Wales",
}

# Common nouns for those who speak, besides roles, organisations and documents: people,
# crowds, and the other texts and recordings that say things ("the clip shows").
SPEAKER_NOUNS = frozenset(
    """
    person people man men woman women boy boys girl girls child children kid kids teen
    teenager user source crowd audience protester demonstrator marcher doctor questioner
    narrator official aide adviser advisor insider veteran owner supporter staffer employee
    attendee voter resident friend neighbor neighbour colleague organizer organiser family
    parent designer impostor moderator participant worker student fan member observer critic
    opponent rival ally backer donor lawmaker expert analyst witness victim survivor relative
    team group crew staff band chorus panel jury physician nurse immigrant
    movie film clip poll survey study account page card slate newspaper publication
    newsletter analysis posting blog textbook caption tape recording version draft copy
    """.split()
)

POSSESSIVES = {
    "his": "male",
    "her": "female",
    "their": "plural",
    "its": "neuter",
    "my": "first",  # "says my two-year-old": the writer's own
    "our": "first",
}

# Nouns that head a named organisation ("the State Department", "the Clinton campaign").
ORGANISATION_HEADS = frozenset(
    """
    department ministry kremlin pentagon house office agency council committee commission
    party campaign administration government court congress senate parliament assembly
    bureau service services company corporation corp inc ltd group foundation institute
    university college school association union league federation organization
    organisation bank fund board authority police army navy force forces command
    network news times post journal tribune herald press review magazine channel
    television radio cnn fox msnbc nbc abc cbs reuters afp ap bloomberg politico
    center centre coalition alliance movement embassy consulate mission church
    cabinet secretariat caucus pac inc. llc fbi cia nsa fsb kgb nato un eu who imf
    street avenue square road boulevard bridge park river lake mountain mountains island
    islands valley county airport station stadium arena hall tower building hospital team
    facebook twitter instagram youtube google reddit snapchat linkedin telemundo univision
    agence presse
    """.split()
)

# Words that end the short names of companies, groups and reports ("Peabody Energy",
# "Blackhawk Mining", "Cook Political Report"); alone, or ending a longer run (a headline's
# "Could Address Clean Energy"), they are ordinary words.
COMPANY_ENDINGS = frozenset(
    """
    technologies holdings industries airlines airways railway railways railroad motors energy
    mining fuels pharmaceuticals laboratories labs systems solutions international enterprises
    ventures
    media communications entertainment studios publishing insurance society academy
    initiative project report survey poll index assessment forecast brothers
    """.split()
)

# Capitalised words that begin sentences or headings but are not names.
NOT_NAMES = frozenset(
    """
    the a an and but or nor for so yet if then when while after before as at by in on of
    to from with without into onto over under about above below between among through
    this that these those there here it its he she they we i you his her their our my
    your what who whom whose which why how where some many most more much several few
    all any each every no not none one two three four five six seven eight nine ten
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december mr mrs ms dr
    yes no ok okay oh well now still also even just only again later earlier today
    tonight tomorrow yesterday meanwhile however although though because since until
    unless whether both either neither such other others another same last next first second
    third final new old former ex late early according asked says said told
    god lord christ jesus allah thanks thank please let lets let's we're i'm it's
    don't can't won't isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't
    breaking update updated read watch see photo video editor note advertisement
    during despite amid amidst among against across along around behind beyond inside
    outside toward towards upon within via except including regarding concerning following
    given unlike like near per plus
    democrats republicans independents liberals conservatives progressives
    eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
    thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions dozen dozens seconds minutes hours days weeks months years moments
    """.split()
)

# Common given names with a clear gender, to resolve "he" and "she" to the right person.
FEMALE_NAMES = frozenset(
    """
    hillary huma kellyanne sarah sara nancy elizabeth liz kelly kelli megyn melania ivanka
    michelle carly nikki condoleezza madeleine ann anne anna hannah jill jennifer jessica
    amy mary maria marie margaret susan susanna karen lisa laura linda barbara patricia
    deborah debbie donna sharon rebecca ruth rachel julia julie katie kate catherine
    kathleen kathy cathy christine christina claire diane dianne dana denise angela angie
    emily emma olivia sophia isabella ava mia abigail ella madison chloe victoria grace
    alice helen heather holly janet jane janice jean joan joanne josephine joy judith
    judy kim kimberly kristen lauren leslie lori lucy marcia marilyn martha megan melissa
    monica nicole pamela paula peggy rose roberta sandra shannon stephanie sylvia tammy
    teresa theresa tina tracy valerie vanessa wendy yvonne zoe ellen loretta dolores
    gloria irene katherine kristin kirsten tammy tulsi betsy marsha maxine debbie
    roseanne rosa rosie samantha stacey tiffany ashley brittany amanda andrea beverly
    brenda carol carolyn cheryl connie cynthia dorothy evelyn frances gail jacqueline
    joyce kay lynn marjorie michele mildred nina norma phyllis rhonda rita shirley
    sheila sue terri virginia wanda marine angela theresa yulia ursula federica
    christiane jacinda benazir indira golda aung suu kyi tsai sonia cristina dilma
    michele hope faith mazie tammy jeanne jeanine katrina amal omarosa brooke paris
    kamala alexandria ilhan rashida ayanna stacey gretchen kyrsten jodi bernadette
    elise sheryl arianna maureen hoda norah savannah gwen judy candy dana sally joni maggie
    elaine alicia erin bonnie jackie marla alison dena paige sonya meghan molly natalie
    olga irina svetlana tatiana natalia anastasia yulia lyudmila galina marina oksana
    fatima aisha leila mariam amira nadia layla zainab yasmin priya anjali sunita
    mercedes carmen lucia isabel elena sofia valentina camila gabriela adriana ana
    hillary chelsea tipper rosalynn laura barbara nancy debra deb lynne marcy
    ruth becky beth bridget caroline carrie cassandra charlotte colleen courtney
    crystal daisy darlene dawn diana doris eileen elaine eleanor ella erica eva felicia
    gina hazel ingrid iris ivy jenna jo josie june kara kathryn keisha kristina lara
    leah lindsay lois lorraine louise lucille mabel mae marian marilyn maya melanie
    mindy miranda naomi nora olive patsy penny phoebe regina rita rosemary roxanne
    sabrina sandy stella summer tanya tara tessa ursula vera veronica viola vivian whitney
    """.split()
)
MALE_NAMES = (
    frozenset(
        """
    donald barack joe joseph bernie bernard ted marco jeb ben chris christopher john
    mike michael mitt paul rand rick scott jim james bill william george tim timothy
    rudy rudolph newt reince sean corey kellyanne steve stephen steven eric ivan jared
    david dan daniel robert bob richard dick thomas tom charles chuck mark matthew matt
    andrew andy anthony tony brian kevin jason jeff jeffrey gary larry frank peter pete
    harry henry jack jacob adam alan allen alex alexander arthur austin benjamin brad
    bradley bruce carl craig dale dennis douglas doug edward ed eugene fred gerald greg
    gregory harold howard jerry jesse jimmy jon jonathan jose juan justin keith
    kenneth ken kyle lawrence louis luis martin marvin nathan nicholas nick patrick
    phil philip ralph randy raymond ray roger ronald ron roy russell samuel sam stanley
    terry todd tyler victor walter wayne willie vladimir dmitry sergei sergey volodymyr
    viktor vitali emmanuel francois nicolas angela xi shinzo narendra recep benjamin
    bibi hassan mohammed muhammad ali omar abdullah ahmed barry lindsey orrin mitch
    harry elijah jeh loretta rahm rex lyndon dwight ronald gerald woodrow franklin
    abraham theodore ulysses grover calvin herbert hubert walter al gore jimmy lincoln
    boris vladimir recep kim moon shinzo justin enrique andres felipe carlos jorge
    pablo miguel antonio francisco manuel pedro rafael ricardo roberto sergio jose
    hugo fidel raul evo nicolas luiz jair olaf gerhard helmut horst wolfgang matteo
    mario silvio giuseppe pedro mariano emmanuel jacques nicolas francois charles
    tony gordon david theresa keir nigel jeremy dominic rishi sadiq hamid ashraf
    bashar hosni anwar mahmoud ehud yitzhak shimon ariel naftali yair avigdor
    newt spencer preston cory corey devin kevin trey jason louie elliot eliot
    reed harvey cornel stephen wolf anderson jake lester chuck howard roger rush
    glenn sean bill ben tucker laura hugh
    """.split()
    )
    - FEMALE_NAMES
)
