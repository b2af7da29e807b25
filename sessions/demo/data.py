"""Demo data: two provisional agendas of the Working Group on Asset Recovery and their context.

Transcribed, in English and Chinese, from the provisional agenda and annotations of the
Open-ended Intergovernmental Working Group on Asset Recovery for its third meeting (Vienna,
14 and 15 May 2009; CAC/COSP/WG.2/2009/1) and its eighteenth meeting (Vienna, 12 to 14 June 2024;
CAC/COSP/WG.2/2024/1), with the bodies, sessions, resolutions, documents, mandates and joint
meetings they refer to. Plain Python literals only; the format is described in FORMAT.md and
``load.py`` loads it into the database.

The joint-meeting sentences of the 2024 annotations and the a/b/c notes of its programme are
not typed: the site generates them from JOINT_MEETINGS. Programme entry titles are given
without "(continued)"/"（续）", which the site derives from "continued".
"""

BODIES = [
    {
        "slug": "cosp",
        "kind": "conference",
        "symbol_prefix": "CAC/COSP",
        "parent": None,
        "name": {
            "en": (
                "Conference of the States Parties to the United Nations Convention against "
                "Corruption"
            ),
            "zh_hans": "联合国反腐败公约缔约国会议",
        },
        "short_name": {"en": "COSP", "zh_hans": "缔约国会议"},
    },
    {
        "slug": "wg-asset-recovery",
        "kind": "working_group",
        "symbol_prefix": "CAC/COSP/WG.2",
        "parent": "cosp",
        "name": {
            "en": "Open-ended Intergovernmental Working Group on Asset Recovery",
            "zh_hans": "资产追回问题不限成员名额政府间工作组",
        },
        "short_name": {"en": "Asset Recovery Working Group", "zh_hans": "资产追回工作组"},
    },
    {
        "slug": "irg",
        "kind": "review_group",
        "symbol_prefix": "CAC/COSP/IRG",
        "parent": "cosp",
        "name": {"en": "Implementation Review Group", "zh_hans": "实施情况审议组"},
        "short_name": {"en": "IRG", "zh_hans": "审议组"},
    },
    {
        "slug": "expert-meeting-international-cooperation",
        "kind": "expert_meeting",
        "symbol_prefix": "CAC/COSP/EG.1",
        "parent": "cosp",
        "name": {
            "en": (
                "Open-ended Intergovernmental Expert Meeting to Enhance International Cooperation "
                "under the United Nations Convention against Corruption"
            ),
            "zh_hans": "关于增进《反腐败公约》下国际合作的不限成员名额政府间专家会议",
        },
        "short_name": {
            "en": "International Cooperation Expert Meeting",
            "zh_hans": "国际合作专家会议",
        },
    },
    {
        "slug": "wg-prevention",
        "kind": "working_group",
        "symbol_prefix": "CAC/COSP/WG.4",
        "parent": "cosp",
        "name": {
            "en": "Open-ended Intergovernmental Working Group on the Prevention of Corruption",
            "zh_hans": "预防腐败问题不限成员名额政府间工作组",
        },
        "short_name": {"en": "Prevention Working Group", "zh_hans": "预防腐败工作组"},
    },
]

VENUES = [
    {
        "key": "vic",
        "name": {"en": "Vienna International Centre", "zh_hans": "维也纳国际中心"},
        "city": {"en": "Vienna", "zh_hans": "维也纳"},
        "country": "AT",
    },
    {
        "key": "dead-sea",
        "name": {
            "en": "King Hussein Bin Talal Convention Centre",
            "zh_hans": "侯赛因·本·塔拉勒国王会议中心",
        },
        "city": {"en": "Dead Sea", "zh_hans": "死海"},
        "country": "JO",
    },
    {
        "key": "nusa-dua",
        "name": {"en": "Bali International Convention Centre", "zh_hans": "巴厘国际会议中心"},
        "city": {"en": "Nusa Dua", "zh_hans": "努沙杜瓦"},
        "country": "ID",
    },
    {
        "key": "sharm-el-sheikh",
        "name": {
            "en": "Sharm el-Sheikh International Convention Centre",
            "zh_hans": "沙姆沙伊赫国际会议中心",
        },
        "city": {"en": "Sharm el-Sheikh", "zh_hans": "沙姆沙伊赫"},
        "country": "EG",
    },
    {
        "key": "atlanta",
        "name": {"en": "Georgia World Congress Center", "zh_hans": "佐治亚世界会议中心"},
        "city": {"en": "Atlanta", "zh_hans": "亚特兰大"},
        "country": "US",
    },
]

RESOLUTIONS = [
    {
        "number": "1/4",
        "adopted_at": ["cosp", 1],
        "date": "2006-12-14",
        "title": {"en": "Asset recovery", "zh_hans": "资产追回"},
    },
    {
        "number": "2/3",
        "adopted_at": ["cosp", 2],
        "date": "2008-02-01",
        "title": {"en": "Asset recovery", "zh_hans": "资产追回"},
    },
    {
        "number": "7/1",
        "adopted_at": ["cosp", 7],
        "date": "2017-11-10",
        "title": {
            "en": (
                "Strengthening mutual legal assistance for international cooperation and asset "
                "recovery"
            ),
            "zh_hans": "加强司法协助以促进国际合作和资产追回",
        },
    },
    {
        "number": "9/2",
        "adopted_at": ["cosp", 9],
        "date": "2021-12-17",
        "title": {
            "en": (
                "Our common commitment to effectively addressing challenges and implementing "
                "measures to prevent and combat corruption and strengthen international "
                "cooperation: follow-up to the special session of the General Assembly against "
                "corruption"
            ),
            "zh_hans": (
                "我们共同承诺有效应对挑战和采取措施，预防和打击腐败，加强国际合作："
                "大会反腐败问题特别会议的后续行动"
            ),
        },
    },
    {
        "number": "10/6",
        "adopted_at": ["cosp", 10],
        "date": "2023-12-15",
        "title": {
            "en": (
                "Enhancing the use of beneficial ownership information to strengthen asset recovery"
            ),
            "zh_hans": "加强受益所有权信息的使用，以加强资产追回",
        },
    },
]

SESSIONS = [
    {
        "body": "wg-asset-recovery",
        "ordinal": 18,
        "title": {
            "en": (
                "eighteenth meeting of the Open-ended Intergovernmental Working Group on Asset "
                "Recovery"
            ),
            "zh_hans": "资产追回问题不限成员名额政府间工作组第十八次会议",
        },
        "start_date": "2024-06-12",
        "end_date": "2024-06-14",
        "venue": "vic",
        "room": {"en": "Board Room B/M1, M Building", "zh_hans": "M楼B/M1号会议室"},
        "format": "in_person",
        "opening_time": "10:00",
        "agenda_symbol": "CAC/COSP/WG.2/2024/1",
        "distribution": "general",
        "distribution_date": "2024-03-22",
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": ["10/6", "9/2"],
        "footnotes": [
            {
                "number": 1,
                "text": {
                    "en": (
                        "At previous meetings, the Working Group considered measures to follow up "
                        "on the political declaration under a separate agenda item. To facilitate "
                        "the organization of joint meetings with other subsidiary bodies of the "
                        "Conference, those deliberations are now held under the agenda item "
                        "entitled “Thematic discussions”."
                    ),
                    "zh_hans": (
                        "在以往的届会上，工作组在一个单独的议程项目下审议了政治宣言后续行动的措施。"
                        "为了便利安排与缔约国会议其他附属机构的联席会议，"
                        "这些审议工作目前在题为“专题讨论”的议程项目下进行。"
                    ),
                },
            },
            {
                "number": 2,
                "text": {
                    "en": (
                        "The consideration by the Implementation Review Group of its agenda item 6 "
                        "will be subsumed under agenda items 4 (b) and 5 of its fifteenth session."
                    ),
                    "zh_hans": (
                        "实施情况审议组对议程项目 6 的审议将归入其第十五届会议议程项目 4(b)和 5 下"
                        "。"
                    ),
                },
            },
        ],
        "items": [
            {
                "number": 1,
                "title": {"en": "Organizational matters", "zh_hans": "组织事项"},
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [
                    {
                        "letter": "a",
                        "title": {"en": "Opening of the meeting", "zh_hans": "会议开幕"},
                        "annotation": {
                            "en": (
                                "The meeting of the Open-ended Intergovernmental Working Group on "
                                "Asset Recovery will be opened at 10 a.m. on Wednesday, 12 June "
                                "2024, in Board Room B/M1 of the M Building of the Vienna "
                                "International Centre. The meeting will be held in person."
                            ),
                            "zh_hans": (
                                "资产追回问题不限成员名额政府间工作组会议将于2024年6月12日星期三上"
                                "午10时在维也纳国际中心M楼B/M1号会议室开幕。"
                                "会议将以现场与会的方式举行。"
                            ),
                        },
                        "resolutions": [],
                        "documents": [],
                        "panels": [],
                    },
                    {
                        "letter": "b",
                        "title": {
                            "en": "Adoption of the agenda and organization of work",
                            "zh_hans": "通过议程和工作安排",
                        },
                        "annotation": {
                            "en": (
                                "The provisional agenda for the meeting was prepared in accordance "
                                "with resolution 10/6 of the Conference of the States Parties to "
                                "the United Nations Convention against Corruption, entitled "
                                "“Enhancing the use of beneficial ownership information to "
                                "strengthen asset recovery”, and Conference resolution 9/2, "
                                "entitled “Our common commitment to effectively addressing "
                                "challenges and implementing measures to prevent and combat "
                                "corruption and strengthen international cooperation: follow-up to "
                                "the special session of the General Assembly against corruption”.\n\n"
                                "The proposed organization of work of the Working Group (see "
                                "annex) was prepared in accordance with the guidance contained in "
                                "the workplan for the subsidiary bodies of the Conference approved "
                                "by the Bureau of the Conference on 23 February 2024, in order to "
                                "allow agenda items 2 to 4 to be considered jointly with the "
                                "Implementation Review Group and the open-ended intergovernmental "
                                "expert meeting to enhance international cooperation under the "
                                "United Nations Convention against Corruption."
                            ),
                            "zh_hans": (
                                "本次会议的临时议程是根据联合国反腐败公约缔约国会议题为“加强受益所"
                                "有权信息的使用，以加强资产追回”的第 10/6 号决议和缔约国会议题为“我"
                                "们共同承诺有效应对挑战和采取措施，预防和打击腐败，加强国际合作："
                                "大会反腐败问题特别会议的后续行动”的第 9/2 号决议编写的。\n\n"
                                "工作组的拟议工作安排（见附件）是根据缔约国会议主席团 2024 年 2 月 "
                                "23 日核准的缔约国会议附属机构工作计划所载指导意见编写的，"
                                "以便能够将议程项目 2 至 4 与实施情况审议组和增进《联合国反腐败公约"
                                "》下国际合作不限成员名额政府间专家会议共同审议。"
                            ),
                        },
                        "resolutions": ["10/6", "9/2"],
                        "documents": [],
                        "panels": [],
                    },
                ],
            },
            {
                "number": 2,
                "title": {
                    "en": "Overview of progress made in the implementation of the mandates",
                    "zh_hans": "任务授权执行进展概览",
                },
                "annotation": {
                    "en": (
                        "The mandate of the Working Group, as set out in Conference resolution "
                        "1/4, comprises the following functions:\n\n"
                        "(a) Assisting the Conference in developing cumulative knowledge in the "
                        "area of asset recovery;\n\n"
                        "(b) Assisting the Conference in encouraging cooperation among relevant "
                        "existing bilateral and multilateral initiatives and contributing to the "
                        "implementation of the corresponding provisions of the Convention;\n\n"
                        "(c) Facilitating the exchange of information among States by identifying "
                        "and disseminating good practices;\n\n"
                        "(d) Building confidence and encouraging cooperation between requesting "
                        "and requested States by bringing together relevant competent authorities, "
                        "anti-corruption bodies and practitioners involved in asset recovery and "
                        "anti-corruption efforts, and serving as a forum for them;\n\n"
                        "(e) Facilitating the exchange of views among States on the expeditious "
                        "return of assets;\n\n"
                        "(f) Assisting the Conference in identifying the capacity-building needs, "
                        "including long-term needs, of States parties in the prevention and "
                        "detection of transfers of proceeds of corruption and of income or "
                        "benefits derived from such proceeds, and in asset recovery.\n\n"
                        "To facilitate the consideration of agenda item 2, the Working Group may "
                        "wish to draw on the information provided in the note by the Secretariat "
                        "on the activities of the Open-ended Intergovernmental Working Group on "
                        "Asset Recovery and the work of the United Nations Office on Drugs and "
                        "Crime to promote asset recovery (CAC/COSP/2023/14), which was submitted "
                        "to the Conference at its tenth session, held in Atlanta, United States of "
                        "America, from 11 to 15 December 2023. Given that this information was "
                        "recently submitted to the Conference, the Secretariat will provide an "
                        "oral update on the note, including on the latest status of implementation "
                        "of the mandates related to asset recovery adopted by the Conference and "
                        "of the recommendations of the Working Group.\n\n"
                        "The attention of the Working Group is also drawn to the thematic report "
                        "prepared by the Secretariat entitled “Implementation of chapter V (Asset "
                        "recovery) of the United Nations Convention against Corruption, and "
                        "regional supplementary addenda” (CAC/COSP/IRG/2024/6) and the thematic "
                        "report prepared by the Secretariat entitled “Implementation of provisions "
                        "of a cross-cutting nature under chapter II (Preventive measures) and "
                        "chapter V (Asset recovery) of the United Nations Convention against "
                        "Corruption, and regional supplementary addenda” (CAC/COSP/IRG/2024/7)."
                    ),
                    "zh_hans": (
                        "缔约国会议第 1/4 号决议所述工作组任务授权包括下列职能：\n\n"
                        "(a) 协助缔约国会议积累资产追回方面的知识；\n\n"
                        "(b) 协助缔约国会议鼓励在现行的相关双边和多边举措之间开展合作，"
                        "并推动实施《公约》相关条款；\n\n"
                        "(c) 确定良好做法并在各国间加以传播，以此推动信息交流；\n\n"
                        "(d) 汇聚相关主管部门、反腐败机构及资产追回和反腐败从业人员，并充当其论坛，"
                        "从而在请求国和被请求国之间建立信任，鼓励彼此合作；\n\n"
                        "(e) 推进各国就快速返还资产问题交换看法；\n\n"
                        "(f) 协助缔约国会议确定各缔约国在防止和查明腐败所得转移和由此类所得产生的收"
                        "入或利益转移方面以及在追回资产方面的能力建设需要，包括长期需要。\n\n"
                        "为便利审议议程项目 2，工作组似宜借鉴秘书处关于资产追回问题不限成员名额政府"
                        "间工作组的活动以及联合国毒品和犯罪问题办公室促进资产追回的工作的说明（"
                        "CAC/COSP/2023/14）所提供的信息，该文件已提交 2023 年 12 月 11 日至 15 日在"
                        "美利坚合众国亚特兰大举行的缔约国会议第十届会议。"
                        "鉴于最近向缔约国会议提交了这一信息，秘书处将口头更新该说明，"
                        "包括介绍缔约国会议通过的与资产追回有关的任务授权和工作组各项建议的最新执行"
                        "情况。\n\n"
                        "还提请工作组注意秘书处编写的题为“《联合国反腐败公约》第五章（资产追回）"
                        "实施情况和区域补编”的专题报告（CAC/COSP/IRG/2024/6），"
                        "以及秘书处编写的题为“《联合国反腐败公约》第二章（预防措施）"
                        "和第五章（资产追回）中跨领域性质条文实施情况和区域补编”"
                        "的专题报告（CAC/COSP/IRG/2024/7）。"
                    ),
                },
                "resolutions": ["1/4"],
                "documents": [
                    {"symbol": "CAC/COSP/2023/14", "listed": False},
                    {"symbol": "CAC/COSP/IRG/2024/6", "listed": False},
                    {"symbol": "CAC/COSP/IRG/2024/7", "listed": False},
                ],
                "panels": [],
                "items": [],
            },
            {
                "number": 3,
                "title": {"en": "Thematic discussions", "zh_hans": "专题讨论"},
                "annotation": None,
                "resolutions": [],
                "documents": [
                    {"symbol": "CAC/COSP/WG.2/2024/2", "listed": True},
                    {"symbol": "CAC/COSP/WG.2/2024/3", "listed": True},
                ],
                "panels": [],
                "items": [
                    {
                        "letter": "a",
                        "title": {
                            "en": (
                                "Good practices and challenges with respect to beneficial "
                                "ownership information in order to detect, deter and prevent acts "
                                "of corruption, and to strengthen the recovery and return of "
                                "assets in accordance with the Convention"
                            ),
                            "zh_hans": (
                                "实益所有权信息方面的良好做法和挑战，以便根据《公约》侦查、"
                                "遏制和防止腐败行为，并加强资产的追回和返还"
                            ),
                        },
                        "annotation": {
                            "en": (
                                "In its resolution 10/6, the Conference decided that the "
                                "Open-ended Intergovernmental Working Group on Asset Recovery and "
                                "the Open-ended Intergovernmental Working Group on the Prevention "
                                "of Corruption should, within their mandates and without "
                                "duplicating the work of other relevant international "
                                "organizations, include in their workplans for the period "
                                "2024–2025 the topic of good practices and challenges with respect "
                                "to beneficial ownership information in order to detect, deter and "
                                "prevent acts of corruption, and to strengthen the recovery and "
                                "return of assets in accordance with the Convention.\n\n"
                                "In the same resolution, the Conference urged States parties to "
                                "cooperate closely with one another, bearing in mind the need to "
                                "afford one another the widest measure of international "
                                "cooperation, in accordance with the United Nations Convention "
                                "against Corruption and domestic law, to promote the timely and "
                                "effective exchange of adequate, accurate and up-to-date "
                                "beneficial ownership information, including, where appropriate "
                                "and feasible, through the use of digital and innovative "
                                "technologies, to facilitate the recovery and return of assets. "
                                "The Conference also encouraged States parties, with the "
                                "assistance of the Secretariat, to share on a voluntary basis "
                                "examples of good practices in promoting the transparency of "
                                "beneficial ownership information, in accordance with the "
                                "Convention and domestic law, as well as financial disclosure "
                                "requirements for public officials, in order to facilitate the "
                                "recovery and return of assets, while avoiding duplication of the "
                                "work undertaken in other international forums.\n\n"
                                "The Working Group will have before it a note by the Secretariat "
                                "entitled “Reference document on good practices, challenges and "
                                "lessons learned with respect to beneficial ownership "
                                "transparency” (CAC/COSP/WG.2/2024/2).\n\n"
                                "States parties may wish to come prepared to discuss good "
                                "practices and challenges with respect to beneficial ownership "
                                "information in order to detect, deter and prevent acts of "
                                "corruption, and to strengthen the recovery and return of assets "
                                "in accordance with the Convention. States parties may also wish "
                                "to discuss the following topics: (a) the exchange of good "
                                "practices and challenges with respect to beneficial ownership "
                                "information, including, where appropriate and feasible, through "
                                "the use of digital and innovative technologies; and (b) how "
                                "beneficial ownership information can strengthen the recovery and "
                                "return of assets in accordance with the Convention.\n\n"
                                "To facilitate the deliberations of the Working Group under item 3 "
                                "(a), a panel discussion on the above-mentioned topics will also "
                                "be held."
                            ),
                            "zh_hans": (
                                "缔约国会议在第 10/6 号决议中决定资产追回问题不限成员名额政府间工作"
                                "组和预防腐败问题不限成员名额政府间工作组应当在其任务授权范围内，"
                                "在不重复其他相关国际组织工作的情况下，在其 2024-2025 年期间工作计"
                                "划中纳入受益所有权信息方面的良好做法和挑战这一议题，"
                                "以便根据《公约》侦查、遏制和防止腐败行为，并加强资产的追回和返还。\n\n"
                                "在同一项决议中，缔约国会议敦促缔约国相互密切合作，"
                                "铭记有必要根据《联合国反腐败公约》和国内法，"
                                "相互提供最广泛的国际合作措施，促进及时有效地交流充分、"
                                "准确和最新的受益所有权信息，并在适当和可行的情况下，"
                                "通过使用数字技术和创新技术，包括促进追回和返还资产。"
                                "缔约国会议还鼓励缔约国在秘书处的协助下，根据《公约》"
                                "和国内法以及公职人员财务披露要求，"
                                "自愿分享促进受益所有权信息透明度的良好做法实例，"
                                "以便利追回和返还资产，同时避免重复其他国际论坛开展的工作。\n\n"
                                "工作组将收到秘书处题为“关于实益所有权透明度方面良好做法、"
                                "挑战和经验教训的参考文件”的说明（CAC/COSP/WG.2/2024/2）。\n\n"
                                "缔约国似宜与会时做好准备，讨论实益所有权信息方面的良好做法和挑战，"
                                "以便根据《公约》侦查、遏制和防止腐败行为，并加强资产的追回和返还。"
                                "缔约国还似宜讨论以下议题：(a)交流实益所有权信息方面的良好做法和挑"
                                "战，包括在适当和可行的情况下，通过使用数字技术和创新技术；"
                                "和(b)实益所有权信息如何能够加强根据《公约》追回和返还资产。\n\n"
                                "为便利工作组在项目 3(a)下的审议，"
                                "还将举行一次关于上述议题的专题小组讨论。"
                            ),
                        },
                        "resolutions": ["10/6"],
                        "documents": [{"symbol": "CAC/COSP/WG.2/2024/2", "listed": False}],
                        "panels": [
                            {
                                "title": {
                                    "en": (
                                        "Good practices and challenges with respect to beneficial "
                                        "ownership information in order to detect, deter and "
                                        "prevent acts of corruption, and to strengthen the "
                                        "recovery and return of assets in accordance with the "
                                        "Convention"
                                    ),
                                    "zh_hans": (
                                        "实益所有权信息方面的良好做法和挑战，以便根据《公约》侦查、"
                                        "遏制和防止腐败行为，并加强资产的追回和返还"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "letter": "b",
                        "title": {
                            "en": (
                                "Follow-up to the special session of the General Assembly on "
                                "challenges and measures to prevent and combat corruption and "
                                "strengthen international cooperation: challenges, obstacles and "
                                "impediments regarding illicit financial flows and international "
                                "cooperation"
                            ),
                            "zh_hans": (
                                "关于预防和打击腐败及加强国际合作的挑战和措施的大会特别会议的后续行"
                                "动：非法资金流动和国际合作中的挑战、障碍与阻碍"
                            ),
                        },
                        "annotation": {
                            "en": (
                                "At its special session, held from 2 to 4 June 2021, the General "
                                "Assembly adopted a political declaration entitled “Our common "
                                "commitment to effectively addressing challenges and implementing "
                                "measures to prevent and combat corruption and strengthen "
                                "international cooperation”. Member States, inter alia, committed "
                                "to implementing the political declaration and invited the "
                                "Conference, as the treaty body with primary responsibility for "
                                "promoting and reviewing the implementation of the Convention, to "
                                "follow up on and build upon the declaration.\n\n"
                                "Furthermore, in its resolution 9/2, entitled “Our common "
                                "commitment to effectively addressing challenges and implementing "
                                "measures to prevent and combat corruption and strengthen "
                                "international cooperation: follow-up to the special session of "
                                "the General Assembly against corruption”, the Conference mandated "
                                "its subsidiary bodies to take appropriate measures, within their "
                                "respective mandates, to follow up on the political declaration.\n\n"
                                "In April 2023, the Bureau of the Conference approved the workplan "
                                "of the subsidiary bodies for the period 2023–2026 for the "
                                "follow-up to the special session of the General Assembly on "
                                "challenges and measures to prevent and combat corruption and "
                                "strengthen international cooperation. Accordingly, the expert "
                                "meeting will discuss appropriate measures to follow up on the "
                                "political declaration. The topic for discussion will be "
                                "challenges, obstacles and impediments regarding illicit financial "
                                "flows and international cooperation.[^1]\n\n"
                                "In the political declaration, Member States recognized that "
                                "preventing and combating corruption and illicit financial flows "
                                "and recovering and returning confiscated assets, in accordance "
                                "with the Convention, can contribute to effective resource "
                                "mobilization, the eradication of poverty, the achievement of "
                                "sustainable development and the enjoyment of all human rights. "
                                "They committed to instituting a comprehensive domestic regulatory "
                                "and supervisory regime for banks and non-bank financial "
                                "institutions, including natural or legal persons that provide "
                                "formal or informal services for the transmission of money or "
                                "value and, where appropriate, other bodies particularly "
                                "susceptible to money-laundering, in order to deter and detect all "
                                "forms of money-laundering, including in cases involving illicit "
                                "financial flows, in accordance with the relevant provisions of "
                                "the Convention. Member States also recognized that effective and "
                                "timely communication and cooperation among competent authorities "
                                "can be an important factor in deterring the cross-border movement "
                                "of persons involved in the commission of offences of corruption "
                                "and the cross-border movement of property, including funds, "
                                "derived from the commission of offences of corruption, and can "
                                "also contribute to the efforts of States to prevent and combat "
                                "illicit financial flows of the proceeds of corruption.\n\n"
                                "To facilitate the deliberations of the Working Group under item 3 "
                                "(b), a panel discussion on challenges, obstacles and impediments "
                                "regarding illicit financial flows and international cooperation "
                                "will be organized. The Working Group will also have before it a "
                                "note by the Secretariat entitled “Discussion guide on challenges, "
                                "obstacles and impediments regarding illicit financial flows and "
                                "international cooperation: measures taken by States parties to "
                                "follow up on the political declaration adopted at the special "
                                "session of the General Assembly against corruption” "
                                "(CAC/COSP/WG.2/2024/3)."
                            ),
                            "zh_hans": (
                                "大会在 2021 年 6 月 2 日至 4 日举行的特别会议上通过了题为“我们共同"
                                "承诺有效应对挑战和采取措施，预防和打击腐败，加强国际合作”"
                                "的政治宣言。会员国除其他外，承诺执行该政治宣言，"
                                "并请缔约国会议作为对促进和审议《公约》"
                                "实施情况负有首要责任的条约机构，落实该宣言，"
                                "并在该宣言基础上开展工作。\n\n"
                                "此外，缔约国会议在题为“我们共同承诺有效应对挑战和采取措施，"
                                "预防和打击腐败，加强国际合作：大会反腐败问题特别会议的后续行动”"
                                "的第 9/2 号决议中指示其附属机构在各自任务授权范围内采取适当措施，"
                                "就政治宣言采取后续行动。\n\n"
                                "缔约国会议主席团于 2023 年 4 月核准了附属机构 2023-2026 年关于预防"
                                "和打击腐败及加强国际合作的挑战和措施的大会特别会议的后续行动的工作"
                                "计划。因此，专家会议将讨论政治宣言后续行动的适当措施。"
                                "讨论议题将是非法资金流动和国际合作中的挑战、障碍与阻碍。[^1]\n\n"
                                "在该政治宣言中，会员国认识到，根据《公约》"
                                "预防和打击腐败和非法资金流动以及追回和返还没收的资产，"
                                "可有助于有效调动资源、消除贫困、实现可持续发展和享受所有人权。"
                                "各国承诺针对银行和非银行金融机构，"
                                "包括对办理正规或非正规资金或者价值转移业务的自然人或法人，"
                                "或者特别易于发生洗钱的其他机构，建立全面的国内管理和监督制度，"
                                "以便根据《公约》相关规定，包括在涉及非法资金流动的情况下，"
                                "遏制并监测一切形式的洗钱。会员国还承认，"
                                "在遏制参与实施腐败犯罪的人员跨境流动和遏制通过实施腐败犯罪而获得的"
                                "财产包括资金跨境流动方面，主管机关之间有效和及时的沟通与合作可以成"
                                "为一项重要因素，也有助于各国努力防止和打击腐败所得非法资金的流动。\n\n"
                                "为便利工作组在项目 3(b)下的审议，"
                                "将组织一次关于非法资金流动和国际合作中的挑战、"
                                "障碍和阻碍的专题小组讨论。工作组还将收到秘书处题为“关于非法资金流"
                                "动和国际合作中的挑战、障碍与阻碍的讨论指南："
                                "缔约国采取措施开展反腐败问题大会特别会议通过的政治宣言后续行动”"
                                "的说明（CAC/COSP/WG.2/2024/3）。"
                            ),
                        },
                        "resolutions": ["9/2"],
                        "documents": [{"symbol": "CAC/COSP/WG.2/2024/3", "listed": False}],
                        "panels": [
                            {
                                "title": {
                                    "en": (
                                        "Challenges, obstacles and impediments regarding illicit "
                                        "financial flows and international cooperation"
                                    ),
                                    "zh_hans": "非法资金流动和国际合作中的挑战、障碍和阻碍",
                                },
                            },
                        ],
                    },
                ],
            },
            {
                "number": 4,
                "title": {"en": "Technical assistance", "zh_hans": "技术援助"},
                "annotation": {
                    "en": (
                        "In its resolution 7/1, the Conference requested the United Nations Office "
                        "on Drugs and Crime (UNODC), and invited the Stolen Asset Recovery "
                        "Initiative, upon request and subject to the availability of "
                        "extrabudgetary resources, to continue to provide and develop "
                        "capacity-building initiatives on asset recovery, including knowledge "
                        "products and technical tools, in response to the technical assistance "
                        "needs identified in the country reviews.\n\n"
                        "In addition, in its resolution 10/6, the Conference requested UNODC to "
                        "continue to provide technical assistance, capacity-building and material "
                        "support to States parties, upon request and in accordance with their "
                        "needs and priorities, for the establishment and implementation of "
                        "domestic beneficial ownership information mechanisms, in accordance with "
                        "the Convention and domestic law, in order to facilitate the recovery and "
                        "return of assets.\n\n"
                        "In that regard, the Secretariat and the Stolen Asset Recovery Initiative "
                        "will provide an oral update on technical assistance activities undertaken "
                        "since the previous meeting of the Working Group.\n\n"
                        "States parties may wish to brief the Working Group on their efforts in "
                        "the area of capacity-building and technical assistance related to asset "
                        "recovery, and to discuss cooperation in that regard with technical "
                        "assistance providers such as the Stolen Asset Recovery Initiative and "
                        "UNODC.\n\n"
                        "To facilitate the consideration of this matter by the Working Group, a "
                        "panel discussion will be organized on technical assistance in relation to "
                        "chapters IV and V of the Convention."
                    ),
                    "zh_hans": (
                        "缔约国会议在第 7/1 号决议中请联合国毒品和犯罪问题办公室（毒品和犯罪问题办"
                        "公室），并邀请追回被盗资产举措，按照请求并在有预算外资源的情况下，"
                        "针对在国别审议中查明的技术援助需求，继续提供和制定资产追回能力建设举措，"
                        "包括知识产品和技术工具。\n\n"
                        "此外，缔约国会议在第 10/6 号决议中请毒品和犯罪问题办公室继续根据缔约国的需"
                        "要和优先事项，根据请求向缔约国提供技术援助、能力建设和物质支持，"
                        "以便根据《公约》和国内法建立和实施国内受益所有权信息机制，"
                        "便利资产的追回和返还。\n\n"
                        "在这方面，秘书处和追回被盗资产举措将口头介绍工作组上次会议以来的技术援助活"
                        "动最新情况。\n\n"
                        "缔约国不妨向工作组简要介绍本国在资产追回领域的能力建设和技术援助方面所做的"
                        "努力，并讨论在这方面与追回被盗资产举措和毒品和犯罪问题办公室等技术援助提供"
                        "方的合作。\n\n"
                        "为便利工作组审议这一事项，将组织一次专题小组讨论，探讨《公约》"
                        "第四章和第五章方面的技术援助事宜。"
                    ),
                },
                "resolutions": ["7/1", "10/6"],
                "documents": [],
                "panels": [
                    {
                        "title": {
                            "en": (
                                "Technical assistance in relation to chapters IV and V of the "
                                "Convention"
                            ),
                            "zh_hans": "《公约》第四章和第五章方面的技术援助事宜",
                        },
                    },
                ],
                "items": [],
            },
            {
                "number": 5,
                "title": {"en": "Adoption of the report", "zh_hans": "通过报告"},
                "annotation": {
                    "en": (
                        "The Working Group will adopt a report on its meeting, the draft of which "
                        "will be prepared by the Secretariat."
                    ),
                    "zh_hans": "工作组将通过本次会议的报告，报告草稿由秘书处编写。",
                },
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
        ],
        "programme": [
            {
                "date": "2024-06-12",
                "start": "10:00",
                "end": "13:00",
                "entries": [
                    {
                        "item": "1(a)",
                        "title": {"en": "Opening of the meeting", "zh_hans": "会议开幕"},
                        "continued": False,
                    },
                    {
                        "item": "1(b)",
                        "title": {
                            "en": "Adoption of the agenda and organization of work",
                            "zh_hans": "通过议程和工作安排",
                        },
                        "continued": False,
                    },
                    {
                        "item": "2",
                        "title": {
                            "en": "Overview of progress made in the implementation of the mandates",
                            "zh_hans": "任务授权执行进展概览",
                        },
                        "continued": False,
                    },
                    {
                        "item": "3(a)",
                        "title": {
                            "en": (
                                "Thematic discussion: good practices and challenges with respect "
                                "to beneficial ownership information in order to detect, deter and "
                                "prevent acts of corruption, and to strengthen the recovery and "
                                "return of assets in accordance with the Convention"
                            ),
                            "zh_hans": (
                                "专题讨论：实益所有权信息方面的良好做法和挑战，以便根据《公约》"
                                "侦查、遏制和防止腐败行为，并加强资产的追回和返还"
                            ),
                        },
                        "continued": False,
                    },
                ],
            },
            {
                "date": "2024-06-12",
                "start": "15:00",
                "end": "18:00",
                "entries": [
                    {
                        "item": "3(a)",
                        "title": {
                            "en": (
                                "Thematic discussion: good practices and challenges with respect "
                                "to beneficial ownership information"
                            ),
                            "zh_hans": "专题讨论：实益所有权信息方面的良好做法和挑战",
                        },
                        "continued": True,
                    },
                ],
            },
            {
                "date": "2024-06-13",
                "start": "10:00",
                "end": "13:00",
                "entries": [
                    {
                        "item": "3(b)",
                        "title": {
                            "en": (
                                "Thematic discussion: follow-up to the special session of the "
                                "General Assembly on challenges and measures to prevent and combat "
                                "corruption and strengthen international cooperation: challenges, "
                                "obstacles and impediments regarding illicit financial flows and "
                                "international cooperation"
                            ),
                            "zh_hans": (
                                "专题讨论：关于预防和打击腐败及加强国际合作的挑战和措施的大会特别会"
                                "议的后续行动：非法资金流动和国际合作中的挑战、障碍与阻碍"
                            ),
                        },
                        "continued": False,
                    },
                ],
            },
            {
                "date": "2024-06-13",
                "start": "15:00",
                "end": "18:00",
                "entries": [
                    {
                        "item": "4",
                        "title": {"en": "Technical assistance", "zh_hans": "技术援助"},
                        "continued": False,
                    },
                ],
            },
            {
                "date": "2024-06-14",
                "start": "10:00",
                "end": "13:00",
                "entries": [
                    {
                        "item": "4",
                        "title": {"en": "Technical assistance", "zh_hans": "技术援助"},
                        "continued": True,
                    },
                ],
            },
            {
                "date": "2024-06-14",
                "start": "15:00",
                "end": "18:00",
                "entries": [
                    {
                        "item": "5",
                        "title": {"en": "Adoption of the report", "zh_hans": "通过报告"},
                        "continued": False,
                    },
                ],
            },
        ],
    },
    {
        "body": "wg-asset-recovery",
        "ordinal": 3,
        "title": {
            "en": (
                "third meeting of the Open-ended Intergovernmental Working Group on Asset Recovery"
            ),
            "zh_hans": "资产追回问题不限成员名额政府间工作组第三次会议",
        },
        "start_date": "2009-05-14",
        "end_date": "2009-05-15",
        "venue": "vic",
        "room": None,
        "format": "in_person",
        "opening_time": "10:00",
        "agenda_symbol": "CAC/COSP/WG.2/2009/1",
        "distribution": "general",
        "distribution_date": "2009-03-20",
        "original_language": "en",
        "resources_note": {
            "en": (
                "The resources available for the meeting will allow for the holding of two plenary "
                "meetings per day with interpretation into the six official languages of the "
                "United Nations."
            ),
            "zh_hans": (
                "本次会议可供使用的资源将允许每天举行两次配备联合国六种正式语文口译服务的全体会议。"
            ),
        },
        "status": "published",
        "resolutions": ["2/3"],
        "footnotes": [],
        "items": [
            {
                "number": 1,
                "title": {"en": "Organizational matters", "zh_hans": "组织事项"},
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [
                    {
                        "letter": "a",
                        "title": {"en": "Opening of the meeting", "zh_hans": "会议开幕"},
                        "annotation": {
                            "en": (
                                "The meeting of the Open-ended Intergovernmental Working Group on "
                                "Asset Recovery will be opened at 10 a.m. on Thursday, 14 May 2009."
                            ),
                            "zh_hans": (
                                "资产追回问题不限成员名额政府间工作组会议将于 2009 年 5 月 14 日星"
                                "期四上午 10 时开幕。"
                            ),
                        },
                        "resolutions": [],
                        "documents": [],
                        "panels": [],
                    },
                    {
                        "letter": "b",
                        "title": {
                            "en": "Adoption of the agenda and organization of work",
                            "zh_hans": "通过议程和工作安排",
                        },
                        "annotation": {
                            "en": (
                                "The provisional agenda for the meeting was prepared in accordance "
                                "with resolution 2/3, entitled “Asset recovery”, adopted by the "
                                "Conference of the States Parties to the United Nations Convention "
                                "against Corruption at its second session, held in Nusa Dua, "
                                "Indonesia, from 28 January to 1 February 2008.\n\n"
                                "The proposed organization of work (see annex) was also prepared "
                                "in accordance with that resolution, in order to allow the Working "
                                "Group to consider the items on its agenda within the time and "
                                "with the conference services available to it."
                            ),
                            "zh_hans": (
                                "本次会议的临时议程是根据 2008 年 1 月 28 日至 2 月 1 日在印度尼西"
                                "亚杜阿岛举行的联合国反腐败公约缔约国会议第二届会议所通过的题为“资"
                                "产追回”的第 2/3 号决议拟定的。\n\n"
                                "拟议工作安排（见附件）也是根据该决议拟订的，"
                                "目的是让工作组能在可供使用的的时间和会议服务的范围内审议各议程项目"
                                "。"
                            ),
                        },
                        "resolutions": ["2/3"],
                        "documents": [],
                        "panels": [],
                    },
                ],
            },
            {
                "number": 2,
                "title": {
                    "en": "Implementation of the recommendations of the Working Group",
                    "zh_hans": "工作组各项建议的实施情况",
                },
                "annotation": {
                    "en": (
                        "In its resolution 2/3, the Conference welcomed the report on the meeting "
                        "of the Working Group held in Vienna on 27 and 28 August 2007 and decided "
                        "that the Working Group should continue its work in accordance with the "
                        "mandate set out in Conference resolution 1/4, to advise and assist the "
                        "Conference in the implementation of its mandate on the return of proceeds "
                        "of corruption, including by considering any additional recommendations "
                        "that the Working Group deems appropriate.\n\n"
                        "The mandate of the Working Group as set out in Conference resolution 1/4 "
                        "comprises the following functions:\n\n"
                        "(a) Assisting the Conference in developing cumulative knowledge in the "
                        "area of asset recovery;\n\n"
                        "(b) Assisting the Conference in encouraging cooperation among relevant "
                        "existing bilateral and multilateral initiatives and contributing to the "
                        "implementation of the corresponding provisions of the United Nations "
                        "Convention against Corruption;\n\n"
                        "(c) Facilitating the exchange of information among States by identifying "
                        "and disseminating good practices;\n\n"
                        "(d) Building confidence and encouraging cooperation between requesting "
                        "and requested States by bringing together relevant competent authorities, "
                        "anti-corruption bodies and other practitioners involved in asset recovery "
                        "and anti-corruption efforts, and by serving as a forum for them;\n\n"
                        "(e) Facilitating the exchange of views among States on the expeditious "
                        "return of assets;\n\n"
                        "(f) Assisting the Conference in identifying the capacity-building needs, "
                        "including long-term needs, of States parties.\n\n"
                        "In its resolution 2/3, the Conference decided that the Working Group "
                        "should continue to consider the conclusions and recommendations contained "
                        "in the report on its first meeting (CAC/COSP/2008/4), with a view to "
                        "identifying ways and means of translating them into concrete action.\n\n"
                        "In the same resolution, the Conference also decided that the Working "
                        "Group should meet at least twice before the third session of the "
                        "Conference, in order to perform the tasks assigned to it, within existing "
                        "resources."
                    ),
                    "zh_hans": (
                        "缔约国会议第 2/3 号决议欢迎 2007 年 8 月 27 日和 28 日在维也纳举行的工作组"
                        "会议的报告，并决定工作组应继续按照缔约国会议第 1/4 号决议所述任务开展工作"
                        "，为缔约国会议履行其返还腐败所得的任务提供建议和协助，"
                        "包括审议工作组认为适当的任何其他建议。\n\n"
                        "缔约国会议第 1/4 号决议所述工作组的任务包括行使下列职能：\n\n"
                        "(a) 协助缔约国会议积累追回资产方面的知识；\n\n"
                        "(b) 协助缔约国会议鼓励在现行双边和多边相关举措之间开展合作，"
                        "并推动实施《联合国反腐败公约》的相关条文；\n\n"
                        "(c) 确定良好做法并在各国间加以传播，以此推动各国交流相关信息；\n\n"
                        "(d) 将有关的主管部门、反腐机构及参与追回资产和反腐工作的其他从业人员汇聚在"
                        "一起，并为它们提供一个论坛，以此在请求国和被请求国之间建立互信并鼓励彼此合"
                        "作；\n\n"
                        "(e) 推动各国就加快返还资产问题交换看法；\n\n"
                        "(f) 协助缔约国会议确定各缔约国在能力建设方面的需要，包括长期需要。\n\n"
                        "缔约国会议第 2/3 号决议决定，工作组应继续审议其第一次会议报告（"
                        "CAC/COSP/2008/4）所载的结论和建议，"
                        "以确定将这些结论和建议付诸具体行动的方式和方法。\n\n"
                        "缔约国会议该项决议还决定，工作组应在缔约国会议第三届会议之前至少举行两次会"
                        "议，以便在现有资源范围内履行赋予给它的任务。"
                    ),
                },
                "resolutions": ["2/3", "1/4"],
                "documents": [
                    {"symbol": "CAC/COSP/2008/4", "listed": False},
                    {"symbol": "CAC/COSP/WG.2/2009/2", "listed": True},
                ],
                "panels": [],
                "items": [
                    {
                        "letter": "a",
                        "title": {"en": "Developing cumulative knowledge", "zh_hans": "积累知识"},
                        "annotation": {
                            "en": (
                                "In its resolution 2/3, the Conference requested the Working Group "
                                "to continue its consideration with a view to further developing "
                                "cumulative knowledge in the area of asset recovery, in particular "
                                "on the implementation of chapter V of the Convention, entitled "
                                "“Asset recovery”.\n\n"
                                "At its second meeting, held in Vienna on 25 and 26 September "
                                "2008, the Working Group attached great importance to the "
                                "provision, creation and management of knowledge on asset recovery "
                                "and welcomed the progress made by the Secretariat on the proposed "
                                "comprehensive knowledge management centre. The Working Group "
                                "recommended that the tool should include not only legal content "
                                "but also analytical work, in particular work that would "
                                "contribute to a better understanding of complex procedural "
                                "requirements, and called upon States parties to provide relevant "
                                "information, such as legislation and analytical documents, on a "
                                "regular basis for the establishment and maintenance of the "
                                "proposed knowledge management centre.\n\n"
                                "At that meeting, the Working Group also reaffirmed its "
                                "recommendation on the development of practical tools for asset "
                                "recovery, in particular a practical step-by-step manual, which "
                                "should be tailored to the needs of practitioners handling asset "
                                "recovery cases and could be used in capacity-building measures. "
                                "The Working Group gave priority to exploring how to expand the "
                                "mutual legal assistance request writer tool and to further "
                                "developing similar products."
                            ),
                            "zh_hans": (
                                "缔约国会议第 2/3 号决议请工作组继续审议以期进一步积累资产追回方面"
                                "的知识，特别是实施《公约》题为“资产的追回”的第五章方面的知识。\n\n"
                                "工作组 2008 年 9 月 25 日和 26 日在维也纳举行的第二次会议高度重视"
                                "资产追回知识的提供、创造和管理，欣见秘书处在拟议全面知识管理中心方"
                                "面取得的进展。工作组建议，该工具不仅应当载有法律方面的内容，"
                                "而且还应纳入分析工作，特别是有助于加深理解复杂的程序性要求的分析工"
                                "作，工作组吁请缔约国为建立和维持拟议知识管理中心定期提供相关信息，"
                                "例如立法和分析文件。\n\n"
                                "工作组该次会议还再次确认关于开发追回资产实用工具，"
                                "特别是编写逐步操作实用手册的建议，"
                                "该手册应当针对资产追回案件从业人员的需要，并可用于能力建设措施。"
                                "工作组优先重视探究如何拓展司法协助请求书撰写工具并进一步开发类似的"
                                "产品。"
                            ),
                        },
                        "resolutions": ["2/3"],
                        "documents": [],
                        "panels": [],
                    },
                    {
                        "letter": "b",
                        "title": {
                            "en": "Building confidence and trust",
                            "zh_hans": "建立信心和信任",
                        },
                        "annotation": {
                            "en": (
                                "In its resolution 2/3, the Conference decided that the Working "
                                "Group should explore ways to build confidence, to promote the "
                                "exchange of information and ideas among States on the expeditious "
                                "return of assets and to encourage cooperation between requesting "
                                "and requested States.\n\n"
                                "To that end, at its second meeting, the Working Group:\n\n"
                                "(a) Stressed that work should be undertaken to establish a "
                                "network of asset recovery focal points to assist in building "
                                "confidence and trust between requesting and requested States;\n\n"
                                "(b) Recommended exploring the possibility of adopting an asset "
                                "recovery help desk approach, to provide advice informally at the "
                                "initial stage of cases and to refer requesting parties to "
                                "counterparts able to provide them with further assistance;\n\n"
                                "(c) Recommended strengthening cooperation, at the national and "
                                "international levels, among financial intelligence units, "
                                "anti-corruption authorities and the authorities responsible for "
                                "mutual legal assistance matters;\n\n"
                                "(d) Encouraged partnerships with private sector entities in order "
                                "to assist them in fulfilling their obligations under the "
                                "Convention, promote better mutual understanding and build trust;\n\n"
                                "(e) Called upon the Conference to promote dialogue between "
                                "requested and requesting States, with the aim of strengthening "
                                "political will and political commitment with regard to asset "
                                "recovery."
                            ),
                            "zh_hans": (
                                "缔约国会议第 2/3 号决议决定，工作组应当探究如何建立信心、"
                                "推动在各国间交流关于加快返还资产的信息和想法并鼓励请求国和被请求国"
                                "展开合作。\n\n"
                                "为此目的，工作组第二次会议：\n\n"
                                "(a) 强调应当开展建立资产追回联络人员网的工作，"
                                "协助在请求国和被请求国之间建立信心和信任；\n\n"
                                "(b) 建议探究能否采用资产追回服务台的做法，"
                                "在案件初始阶段以非正式的方式提供咨询意见，"
                                "向请求方介绍能够给其提供进一步协助的对应方；\n\n"
                                "(c) 建议在国家和国际两级加强金融情报机构、"
                                "反腐主管机关和各国司法协助事务负责机关之间的合作；\n\n"
                                "(d) 鼓励与私营部门的实体建立伙伴关系，以便协助它们履行《公约》"
                                "规定的义务，促进加深相互理解并建立信任；\n\n"
                                "(e) 呼吁缔约国会议推动被请求国与请求国开展对话，"
                                "目的是加强在追回资产方面的政治意愿和政治承诺。"
                            ),
                        },
                        "resolutions": ["2/3"],
                        "documents": [],
                        "panels": [],
                    },
                    {
                        "letter": "c",
                        "title": {"en": "Technical assistance", "zh_hans": "技术援助"},
                        "annotation": {
                            "en": (
                                "In its resolution 2/3, the Conference requested the United "
                                "Nations Office on Drugs and Crime and, where appropriate, other "
                                "organizations to continue to support States in enhancing their "
                                "capacity in all relevant aspects of successful asset recovery, "
                                "taking into account the conclusions and recommendations contained "
                                "in the report on the meeting of the Working Group.\n\n"
                                "In order to support States in enhancing their capacity to recover "
                                "assets, the Working Group, at its second meeting:\n\n"
                                "(a) Emphasized the significant need for technical assistance in "
                                "the implementation of chapter V of the Convention, in particular "
                                "for legal advisory services;\n\n"
                                "(b) Recommended exploring options for developing model guides or "
                                "best practice guides in areas such as the restraint, freezing and "
                                "confiscation of assets;\n\n"
                                "(c) Attached great importance to training and capacity-building, "
                                "encouraging related activities such as workshops and training "
                                "courses, and the exploration of innovative tools such as "
                                "e-learning programmes."
                            ),
                            "zh_hans": (
                                "缔约国会议第 2/3 号决议请联合国毒品和犯罪问题办公室并酌情请其他组"
                                "织结合工作组会议报告所载结论和建议，"
                                "继续支持各国加强其在顺利追回资产所有相关方面的能力。\n\n"
                                "为支持各国加强其追回资产的能力，工作组第二次会议：\n\n"
                                "(a) 强调了对实施《公约》第五章的技术援助，"
                                "尤其是对法律咨询服务的大量需求；\n\n"
                                "(b) 建议探讨可以选择在哪些方面编写诸如限制、"
                                "冻结和没收资产等的示范指南或最佳做法指南；\n\n"
                                "(c) 高度重视培训和能力建设，鼓励开展举办研讨会和培训班等相关活动，"
                                "探究电子学习方案等创新工具。"
                            ),
                        },
                        "resolutions": ["2/3"],
                        "documents": [],
                        "panels": [],
                    },
                ],
            },
            {
                "number": 3,
                "title": {
                    "en": "Adoption of the report on the meeting of the Working Group",
                    "zh_hans": "通过工作组会议报告",
                },
                "annotation": {
                    "en": (
                        "The Working Group will adopt a report on its third meeting, the draft of "
                        "which will be prepared by the Secretariat."
                    ),
                    "zh_hans": "工作组将通过其第三次会议的报告，报告草稿将由秘书处编写。",
                },
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
        ],
        "programme": [
            {
                "date": "2009-05-14",
                "start": "10:00",
                "end": "13:00",
                "entries": [
                    {
                        "item": "1(a)",
                        "title": {"en": "Opening of the meeting", "zh_hans": "会议开幕"},
                        "continued": False,
                    },
                    {
                        "item": "1(b)",
                        "title": {
                            "en": "Adoption of the agenda and organization of work",
                            "zh_hans": "通过议程和工作安排",
                        },
                        "continued": False,
                    },
                ],
            },
            {
                "date": "2009-05-14",
                "start": "15:00",
                "end": "18:00",
                "entries": [
                    {
                        "item": "2(a)",
                        "title": {
                            "en": (
                                "Implementation of the recommendations of the Working Group: "
                                "developing cumulative knowledge"
                            ),
                            "zh_hans": "工作组各项建议的实施情况：积累知识",
                        },
                        "continued": False,
                    },
                    {
                        "item": "2(a)",
                        "title": {
                            "en": (
                                "Implementation of the recommendations of the Working Group: "
                                "developing cumulative knowledge"
                            ),
                            "zh_hans": "工作组各项建议的实施情况：积累知识",
                        },
                        "continued": True,
                    },
                    {
                        "item": "2(b)",
                        "title": {
                            "en": (
                                "Implementation of the recommendations of the Working Group: "
                                "building confidence and trust"
                            ),
                            "zh_hans": "工作组各项建议的实施情况：建立信心和信任",
                        },
                        "continued": False,
                    },
                    {
                        "item": "2(b)",
                        "title": {
                            "en": (
                                "Implementation of the recommendations of the Working Group: "
                                "building confidence and trust"
                            ),
                            "zh_hans": "工作组各项建议的实施情况：建立信心和信任",
                        },
                        "continued": False,
                    },
                ],
            },
            {
                "date": "2009-05-15",
                "start": "10:00",
                "end": "13:00",
                "entries": [
                    {
                        "item": "2(b)",
                        "title": {
                            "en": (
                                "Implementation of the recommendations of the Working Group: "
                                "building confidence and trust"
                            ),
                            "zh_hans": "工作组各项建议的实施情况：建立信心和信任",
                        },
                        "continued": True,
                    },
                ],
            },
            {
                "date": "2009-05-15",
                "start": "15:00",
                "end": "18:00",
                "entries": [
                    {
                        "item": "2(c)",
                        "title": {
                            "en": (
                                "Implementation of the recommendations of the Working Group: "
                                "technical assistance"
                            ),
                            "zh_hans": "工作组各项建议的实施情况：技术援助",
                        },
                        "continued": False,
                    },
                    {
                        "item": "3",
                        "title": {"en": "Adoption of the report", "zh_hans": "通过报告"},
                        "continued": False,
                    },
                ],
            },
        ],
    },
    {
        "body": "irg",
        "ordinal": 15,
        "title": {
            "en": "fifteenth session of the Implementation Review Group",
            "zh_hans": "实施情况审议组第十五届会议",
        },
        "start_date": "2024-06-12",
        "end_date": "2024-06-14",
        "venue": "vic",
        "room": None,
        "format": "in_person",
        "opening_time": None,
        "agenda_symbol": None,
        "distribution": None,
        "distribution_date": None,
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": [],
        "footnotes": [],
        "items": [
            {
                "number": 1,
                "title": {"en": "Organizational matters", "zh_hans": "组织事项"},
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [
                    {
                        "letter": "a",
                        "title": {"en": "Opening of the session", "zh_hans": "届会开幕"},
                        "annotation": None,
                        "resolutions": [],
                        "documents": [],
                        "panels": [],
                    },
                    {
                        "letter": "b",
                        "title": {
                            "en": "Adoption of the agenda and organization of work",
                            "zh_hans": "通过议程和工作安排",
                        },
                        "annotation": None,
                        "resolutions": [],
                        "documents": [],
                        "panels": [],
                    },
                ],
            },
            {
                "number": 4,
                "title": {
                    "en": (
                        "Exchange of information, practices and experiences gained in the "
                        "implementation of the Convention"
                    ),
                    "zh_hans": "交流在实施《公约》方面获得的信息、做法和经验",
                },
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [
                    {
                        "letter": "a",
                        "title": {
                            "en": "Overview of progress made in the implementation of the mandates",
                            "zh_hans": "任务授权执行进展概览",
                        },
                        "annotation": None,
                        "resolutions": [],
                        "documents": [],
                        "panels": [],
                    },
                    {
                        "letter": "b",
                        "title": {"en": "Thematic discussions", "zh_hans": "专题讨论"},
                        "annotation": None,
                        "resolutions": [],
                        "documents": [],
                        "panels": [],
                    },
                ],
            },
            {
                "number": 5,
                "title": {"en": "Technical assistance", "zh_hans": "技术援助"},
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
            {
                "number": 6,
                "title": {
                    "en": (
                        "Follow-up to the special session of the General Assembly against "
                        "corruption"
                    ),
                    "zh_hans": "大会反腐败问题特别会议的后续行动",
                },
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
        ],
        "programme": [],
    },
    {
        "body": "expert-meeting-international-cooperation",
        "ordinal": 13,
        "title": {
            "en": (
                "thirteenth open-ended intergovernmental expert meeting to enhance international "
                "cooperation under the United Nations Convention against Corruption"
            ),
            "zh_hans": "第十三次关于增进《反腐败公约》下国际合作的不限成员名额政府间专家会议",
        },
        "start_date": "2024-06-12",
        "end_date": "2024-06-14",
        "venue": "vic",
        "room": None,
        "format": "in_person",
        "opening_time": None,
        "agenda_symbol": None,
        "distribution": None,
        "distribution_date": None,
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": [],
        "footnotes": [],
        "items": [
            {
                "number": 1,
                "title": {"en": "Organizational matters", "zh_hans": "组织事项"},
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
            {
                "number": 2,
                "title": {
                    "en": "Overview of progress made in the implementation of the mandates",
                    "zh_hans": "任务授权执行进展概览",
                },
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
            {
                "number": 3,
                "title": {"en": "Thematic discussions", "zh_hans": "专题讨论"},
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
            {
                "number": 4,
                "title": {"en": "Technical assistance", "zh_hans": "技术援助"},
                "annotation": None,
                "resolutions": [],
                "documents": [],
                "panels": [],
                "items": [],
            },
        ],
        "programme": [],
    },
    {
        "body": "cosp",
        "ordinal": 1,
        "title": {
            "en": (
                "first session of the Conference of the States Parties to the United Nations "
                "Convention against Corruption"
            ),
            "zh_hans": "联合国反腐败公约缔约国会议第一届会议",
        },
        "start_date": "2006-12-10",
        "end_date": "2006-12-14",
        "venue": "dead-sea",
        "room": None,
        "format": "in_person",
        "opening_time": None,
        "agenda_symbol": None,
        "distribution": None,
        "distribution_date": None,
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": [],
        "footnotes": [],
        "items": [],
        "programme": [],
    },
    {
        "body": "cosp",
        "ordinal": 2,
        "title": {
            "en": (
                "second session of the Conference of the States Parties to the United Nations "
                "Convention against Corruption"
            ),
            "zh_hans": "联合国反腐败公约缔约国会议第二届会议",
        },
        "start_date": "2008-01-28",
        "end_date": "2008-02-01",
        "venue": "nusa-dua",
        "room": None,
        "format": "in_person",
        "opening_time": None,
        "agenda_symbol": None,
        "distribution": None,
        "distribution_date": None,
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": [],
        "footnotes": [],
        "items": [],
        "programme": [],
    },
    {
        "body": "cosp",
        "ordinal": 7,
        "title": {
            "en": (
                "seventh session of the Conference of the States Parties to the United Nations "
                "Convention against Corruption"
            ),
            "zh_hans": "联合国反腐败公约缔约国会议第七届会议",
        },
        "start_date": "2017-11-06",
        "end_date": "2017-11-10",
        "venue": "vic",
        "room": None,
        "format": "in_person",
        "opening_time": None,
        "agenda_symbol": None,
        "distribution": None,
        "distribution_date": None,
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": [],
        "footnotes": [],
        "items": [],
        "programme": [],
    },
    {
        "body": "cosp",
        "ordinal": 9,
        "title": {
            "en": (
                "ninth session of the Conference of the States Parties to the United Nations "
                "Convention against Corruption"
            ),
            "zh_hans": "联合国反腐败公约缔约国会议第九届会议",
        },
        "start_date": "2021-12-13",
        "end_date": "2021-12-17",
        "venue": "sharm-el-sheikh",
        "room": None,
        "format": "in_person",
        "opening_time": None,
        "agenda_symbol": None,
        "distribution": None,
        "distribution_date": None,
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": [],
        "footnotes": [],
        "items": [],
        "programme": [],
    },
    {
        "body": "cosp",
        "ordinal": 10,
        "title": {
            "en": (
                "tenth session of the Conference of the States Parties to the United Nations "
                "Convention against Corruption"
            ),
            "zh_hans": "联合国反腐败公约缔约国会议第十届会议",
        },
        "start_date": "2023-12-11",
        "end_date": "2023-12-15",
        "venue": "atlanta",
        "room": None,
        "format": "in_person",
        "opening_time": None,
        "agenda_symbol": None,
        "distribution": None,
        "distribution_date": None,
        "original_language": "en",
        "resources_note": None,
        "status": "published",
        "resolutions": [],
        "footnotes": [],
        "items": [],
        "programme": [],
    },
]

DOCUMENTS = [
    {
        "symbol": "CAC/COSP/WG.2/2024/2",
        "kind": "note_by_secretariat",
        "body": "wg-asset-recovery",
        "session": ["wg-asset-recovery", 18],
        "date": None,
        "title": {
            "en": (
                "Reference document on good practices, challenges and lessons learned with respect "
                "to beneficial ownership transparency"
            ),
            "zh_hans": "关于实益所有权透明度方面良好做法、挑战和经验教训的参考文件",
        },
    },
    {
        "symbol": "CAC/COSP/WG.2/2024/3",
        "kind": "note_by_secretariat",
        "body": "wg-asset-recovery",
        "session": ["wg-asset-recovery", 18],
        "date": None,
        "title": {
            "en": (
                "Discussion guide on challenges, obstacles and impediments regarding illicit "
                "financial flows and international cooperation: measures taken by States parties "
                "to follow up on the political declaration adopted at the special session of the "
                "General Assembly against corruption"
            ),
            "zh_hans": (
                "关于非法资金流动和国际合作中的挑战、障碍和阻碍的讨论指南："
                "缔约国采取措施开展反腐败问题大会特别会议通过的政治宣言后续行动"
            ),
        },
    },
    {
        "symbol": "CAC/COSP/2023/14",
        "kind": "note_by_secretariat",
        "body": "cosp",
        "session": ["cosp", 10],
        "date": None,
        "title": {
            "en": (
                "Activities of the Open-ended Intergovernmental Working Group on Asset Recovery "
                "and work of the United Nations Office on Drugs and Crime to promote asset recovery"
            ),
            "zh_hans": (
                "资产追回问题不限成员名额政府间工作组的活动以及联合国毒品和犯罪问题办公室促进资产追"
                "回的工作"
            ),
        },
    },
    {
        "symbol": "CAC/COSP/IRG/2024/6",
        "kind": "thematic_report",
        "body": "irg",
        "session": ["irg", 15],
        "date": None,
        "title": {
            "en": (
                "Implementation of chapter V (Asset recovery) of the United Nations Convention "
                "against Corruption, and regional supplementary addenda"
            ),
            "zh_hans": "《联合国反腐败公约》第五章（资产追回）实施情况和区域补编",
        },
    },
    {
        "symbol": "CAC/COSP/IRG/2024/7",
        "kind": "thematic_report",
        "body": "irg",
        "session": ["irg", 15],
        "date": None,
        "title": {
            "en": (
                "Implementation of provisions of a cross-cutting nature under chapter II "
                "(Preventive measures) and chapter V (Asset recovery) of the United Nations "
                "Convention against Corruption, and regional supplementary addenda"
            ),
            "zh_hans": (
                "《联合国反腐败公约》第二章（预防措施）和第五章（资产追回）"
                "中跨领域性质条文实施情况和区域补编"
            ),
        },
    },
    {
        "symbol": "CAC/COSP/WG.2/2009/2",
        "kind": "background_paper",
        "body": "wg-asset-recovery",
        "session": ["wg-asset-recovery", 3],
        "date": None,
        "title": {
            "en": (
                "Background paper on asset recovery on the road to Doha: activities undertaken "
                "under the Stolen Asset Recovery Initiative"
            ),
            "zh_hans": "在通往多哈之路上的资产追回背景文件：在被盗资产追回举措下开展的活动",
        },
    },
    {
        "symbol": "CAC/COSP/2008/4",
        "kind": "report_of_meeting",
        "body": "wg-asset-recovery",
        "session": ["cosp", 2],
        "date": None,
        "title": {
            "en": "Report on the meeting of the Working Group held in Vienna on 27 and 28 August 2007",
            "zh_hans": "2007 年 8 月 27 日和 28 日在维也纳举行的工作组会议的报告",
        },
    },
]

MANDATES = [
    {
        "resolution": "1/4",
        "body": "wg-asset-recovery",
        "letter": "a",
        "text": {
            "en": (
                "Assisting the Conference in developing cumulative knowledge in the area of asset "
                "recovery"
            ),
            "zh_hans": "协助缔约国会议积累资产追回方面的知识",
        },
    },
    {
        "resolution": "1/4",
        "body": "wg-asset-recovery",
        "letter": "b",
        "text": {
            "en": (
                "Assisting the Conference in encouraging cooperation among relevant existing "
                "bilateral and multilateral initiatives and contributing to the implementation of "
                "the corresponding provisions of the Convention"
            ),
            "zh_hans": (
                "协助缔约国会议鼓励在现行的相关双边和多边举措之间开展合作，并推动实施《公约》"
                "相关条款"
            ),
        },
    },
    {
        "resolution": "1/4",
        "body": "wg-asset-recovery",
        "letter": "c",
        "text": {
            "en": (
                "Facilitating the exchange of information among States by identifying and "
                "disseminating good practices"
            ),
            "zh_hans": "确定良好做法并在各国间加以传播，以此推动信息交流",
        },
    },
    {
        "resolution": "1/4",
        "body": "wg-asset-recovery",
        "letter": "d",
        "text": {
            "en": (
                "Building confidence and encouraging cooperation between requesting and requested "
                "States by bringing together relevant competent authorities, anti-corruption "
                "bodies and practitioners involved in asset recovery and anti-corruption efforts, "
                "and serving as a forum for them"
            ),
            "zh_hans": (
                "汇聚相关主管部门、反腐败机构及资产追回和反腐败从业人员，并充当其论坛，"
                "从而在请求国和被请求国之间建立信任，鼓励彼此合作"
            ),
        },
    },
    {
        "resolution": "1/4",
        "body": "wg-asset-recovery",
        "letter": "e",
        "text": {
            "en": (
                "Facilitating the exchange of views among States on the expeditious return of "
                "assets"
            ),
            "zh_hans": "推进各国就快速返还资产问题交换看法",
        },
    },
    {
        "resolution": "1/4",
        "body": "wg-asset-recovery",
        "letter": "f",
        "text": {
            "en": (
                "Assisting the Conference in identifying the capacity-building needs, including "
                "long-term needs, of States parties in the prevention and detection of transfers "
                "of proceeds of corruption and of income or benefits derived from such proceeds, "
                "and in asset recovery"
            ),
            "zh_hans": (
                "协助缔约国会议确定各缔约国在防止和查明腐败所得转移和由此类所得产生的收入或利益转移"
                "方面以及在追回资产方面的能力建设需要，包括长期需要"
            ),
        },
    },
    {
        "resolution": "2/3",
        "body": "wg-asset-recovery",
        "letter": "",
        "text": {
            "en": (
                "Continue to consider the conclusions and recommendations contained in the report "
                "on its first meeting (CAC/COSP/2008/4), with a view to identifying ways and means "
                "of translating them into concrete action, and meet at least twice before the "
                "third session of the Conference, in order to perform the tasks assigned to it, "
                "within existing resources"
            ),
            "zh_hans": (
                "继续审议其第一次会议报告（CAC/COSP/2008/4）所载的结论和建议，"
                "以确定将这些结论和建议付诸具体行动的方式和方法；"
                "在缔约国会议第三届会议之前至少举行两次会议，以便在现有资源范围内履行赋予给它的任务"
            ),
        },
    },
    {
        "resolution": "9/2",
        "body": "wg-asset-recovery",
        "letter": "",
        "text": {
            "en": (
                "Take appropriate measures, within its mandate, to follow up on the political "
                "declaration adopted by the General Assembly at its special session against "
                "corruption"
            ),
            "zh_hans": "在各自任务授权范围内采取适当措施，就政治宣言采取后续行动",
        },
    },
    {
        "resolution": "10/6",
        "body": "wg-asset-recovery",
        "letter": "",
        "text": {
            "en": (
                "Include, within its mandate and without duplicating the work of other relevant "
                "international organizations, in its workplan for the period 2024–2025 the topic "
                "of good practices and challenges with respect to beneficial ownership information "
                "in order to detect, deter and prevent acts of corruption, and to strengthen the "
                "recovery and return of assets in accordance with the Convention"
            ),
            "zh_hans": (
                "在其任务授权范围内，在不重复其他相关国际组织工作的情况下，"
                "在其 2024-2025 年期间工作计划中纳入受益所有权信息方面的良好做法和挑战这一议题，"
                "以便根据《公约》侦查、遏制和防止腐败行为，并加强资产的追回和返还"
            ),
        },
    },
    {
        "resolution": "10/6",
        "body": "wg-prevention",
        "letter": "",
        "text": {
            "en": (
                "Include, within its mandate and without duplicating the work of other relevant "
                "international organizations, in its workplan for the period 2024–2025 the topic "
                "of good practices and challenges with respect to beneficial ownership information "
                "in order to detect, deter and prevent acts of corruption, and to strengthen the "
                "recovery and return of assets in accordance with the Convention"
            ),
            "zh_hans": (
                "在其任务授权范围内，在不重复其他相关国际组织工作的情况下，"
                "在其 2024-2025 年期间工作计划中纳入受益所有权信息方面的良好做法和挑战这一议题，"
                "以便根据《公约》侦查、遏制和防止腐败行为，并加强资产的追回和返还"
            ),
        },
    },
]

JOINT_MEETINGS = [
    {
        "items": [
            {"session": ["wg-asset-recovery", 18], "label": "2"},
            {"session": ["irg", 15], "label": "4(a)"},
            {"session": ["expert-meeting-international-cooperation", 13], "label": "2"},
        ],
    },
    {
        "items": [
            {"session": ["wg-asset-recovery", 18], "label": "3"},
            {"session": ["irg", 15], "label": "4(b)", "footnote": ["wg-asset-recovery", 18, 2]},
            {"session": ["expert-meeting-international-cooperation", 13], "label": "3"},
        ],
    },
    {
        "items": [
            {"session": ["wg-asset-recovery", 18], "label": "4"},
            {"session": ["irg", 15], "label": "5"},
            {"session": ["expert-meeting-international-cooperation", 13], "label": "4"},
        ],
    },
]
