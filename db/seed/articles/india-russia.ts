import type { SeedArticle } from '../types';

export const indiaRussiaArticles: readonly SeedArticle[] = [
  {
    slug: 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack',
    headline: 'Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack',
    standfirst:
      'Moscow says it is ready to help ease tensions between India and Pakistan after the Pahalgam massacre, but New Delhi’s insistence on settling disputes bilaterally leaves little room for any outside role.',
    category: 'india-russia',
    author: 'news-desk',
    tags: ['Kashmir', 'Pakistan', 'Russia', 'Sergei Lavrov', 'S. Jaishankar', 'Pahalgam attack'],
    publishedAt: '2025-05-03T09:30:00+05:30',
    image: { alt: 'India & Russia', credit: 'Courtesy : India & Russia' },
    source: { name: 'IndianDefenseNews' },
    disclaimer:
      'Disclaimer: This report is based on official statements and information from diplomatic sources available at the time of writing. The situation is fluid and may change quickly, and details may be revised as events develop.',
    body: [
      'Russia has signalled that it is prepared to help reduce tensions between India and Pakistan, as relations between the two nuclear-armed neighbours sink to their lowest point in years following the terror attack at Pahalgam in Jammu and Kashmir. The 22 April assault on tourists in the Baisaran meadow killed 26 people, most of them visitors from other parts of India, and set off a rapid sequence of diplomatic and military measures on both sides of the border. Moscow’s offer is the clearest sign yet that major powers fear the confrontation could spiral.',
      'The move follows an appeal from Islamabad. Pakistan’s ambassador in Moscow, Mohammad Khalid Jamali, has publicly called on Russia to step in, arguing that its long-standing relationships with both countries leave it well placed to act as an honest broker. He invoked the Tashkent talks of 1966, when the Soviet Union hosted Indian and Pakistani leaders after the war of 1965 and helped them reach a peace declaration. Since the Pahalgam attack the two sides have traded fire across the border, expelled each other’s diplomats and suspended a series of bilateral agreements.',
      'Russian Foreign Minister Sergei Lavrov has held separate telephone conversations with India’s External Affairs Minister S. Jaishankar and Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar. According to accounts of the calls, Moscow urged both capitals to show restraint and to resolve their differences through political and diplomatic means. Lavrov made clear that any Russian role would depend on the consent of both parties, and referred to the 1972 Simla Agreement and the 1999 Lahore Declaration, under which India and Pakistan committed themselves to settling their disputes bilaterally.',
      'That caveat matters because New Delhi has consistently rejected third-party mediation on Kashmir. Indian officials maintain that any dialogue with Pakistan must be strictly bilateral, and that Islamabad must first take credible, verifiable action against the terror groups operating from its territory. India has described the Pahalgam killings as a cross-border attack, and senior officials have indicated that the government’s response will be shaped by that assessment rather than by offers of outside facilitation, however well intentioned they may be.',
      'Russia’s position is shaped by the pattern of its relationships in the region. It remains one of India’s most important defence partners, supplying equipment from fighter aircraft to the S-400 air defence system, and it has built a growing energy relationship with Pakistan, including crude oil shipments in recent years. Analysts say those ties give Moscow a hearing in both capitals but little real leverage over either. Given India’s firm stance, they regard the offer as largely symbolic: a signal of concern rather than the start of an active mediation process.',
      'On the ground, tension remains high. Troops along the Line of Control have been on heightened alert since the attack, and the Indian Army has reported repeated ceasefire violations along the de facto border, with small-arms fire exchanged across several sectors on successive nights. New Delhi attributes the Pahalgam attack to Pakistan-based militants, a charge Islamabad denies while calling for what it describes as a neutral investigation. Security across the Kashmir valley has been tightened, and tourist traffic to the region has fallen sharply.',
      'Observers warn that the current standoff carries greater risks than earlier crises. Both militaries are better equipped than during previous confrontations, with longer-range missiles, armed drones and precision weapons, and leaders on each side face intense domestic pressure to appear resolute. That combination narrows the space for quiet climb-downs. The fact that a major power has felt compelled to step forward, analysts say, reflects wider international concern for stability in a region where a single miscalculation could draw in far more than the two immediate antagonists.',
      'The diplomatic strategies of the two capitals are pulling in opposite directions. Pakistan has sought to internationalise the crisis, pressing friendly governments and multilateral forums to mediate and to restrain India. New Delhi, by contrast, has briefed foreign envoys and reached out to partner governments to build support for isolating Pakistan until it takes demonstrable action against terror networks. India’s outreach has emphasised accountability for the attack rather than mediation, and officials have welcomed statements of solidarity while declining offers to broker talks.',
      'Russia’s offer is the most significant attempt by an outside power to step into an India–Pakistan crisis since the Pulwama episode of 2019, when a suicide bombing killed 40 Indian paramilitary personnel and led to Indian air strikes on Balakot and an aerial clash the following day. Whether the latest effort can contribute to de-escalation remains uncertain. With both governments under pressure and forces on alert, diplomats in several capitals say the coming weeks are likely to prove decisive in determining whether the crisis eases or deepens.',
    ],
    notes: [
      {
        kind: 'clarification',
        text: 'This story reports Moscow’s offer after Pakistan’s appeal for Russian help. Russian officials have not said that the appeal prompted the offer.',
        writtenAt: '2025-05-04T12:10:00+05:30',
      },
      {
        kind: 'update',
        text: 'On 10 May India and Pakistan announced that they had agreed to stop all firing and military action on land, in the air and at sea. India said the understanding was reached directly between the two militaries, without mediation.',
        writtenAt: '2025-05-10T21:30:00+05:30',
      },
    ],
  },
  {
    slug: 'russian-crude-holds-top-spot-in-indias-imports-despite-sanctions-squeeze',
    headline: 'Russian Crude Holds Top Spot in India’s Imports Despite Sanctions Squeeze',
    standfirst:
      'Indian refiners have kept buying discounted Russian oil through a tighter US sanctions regime, but tariff threats from Washington are testing how long the arrangement can last.',
    category: 'india-russia',
    author: 'elena-sokolova',
    tags: ['Russia', 'Oil', 'Energy', 'Sanctions', 'United States'],
    publishedAt: '2025-04-03T11:15:00+05:30',
    image: {
      alt: 'Illustration of an oil tanker at sea beneath a Russian and Indian flag motif, with a refinery skyline on the horizon',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Eurasia Wire' },
    body: [
      'Russia has remained India’s largest single supplier of crude oil in the opening months of 2025, according to industry tracking data, even as tougher US sanctions on Russian producers and tankers forced refiners to rework how cargoes are bought, shipped and paid for. Russian barrels, a negligible share of India’s imports before 2022, have accounted for well over a third of the country’s crude purchases over the past two years, turning a modest trading relationship into one of the defining features of the partnership between New Delhi and Moscow.',
      'The sanctions announced by the outgoing Biden administration on 10 January targeted two major Russian producers, Gazprom Neft and Surgutneftegas, along with scores of tankers that had carried Russian oil. Indian refiners slowed purchases while they checked which vessels and traders had been listed, and imports dipped in the weeks that followed. Shipments recovered by March as sellers turned to unsanctioned tankers and intermediaries, and as refiners satisfied themselves that cargoes bought within the Western price cap could still be handled by Indian banks.',
      'A new element of uncertainty arrived at the end of March, when US President Donald Trump said he could impose secondary tariffs on buyers of Russian oil if he judged that Moscow was obstructing efforts to end the war in Ukraine. No such measure has been announced, but traders say the remarks have been taken seriously in New Delhi, where officials are preparing for negotiations with Washington on a bilateral trade agreement and assessing the sweeping new US import tariffs announced overnight.',
      'For Indian refiners, the economics remain attractive. Discounts on Russian Urals crude have narrowed from the peaks of 2022 but still offer savings over comparable Middle Eastern grades, and several large refineries have been configured to process them efficiently. Reliance Industries agreed a long-term supply arrangement with Rosneft late last year, widely reported to cover close to half a million barrels a day, while state-run refiners have continued to buy on both spot and term bases through a range of traders.',
      'Officials in New Delhi have consistently framed the purchases as a matter of energy security for a country that imports more than 85 per cent of its crude requirements. They point out that India complies with the sanctions it is legally bound by and argue that its buying helped keep global markets supplied at a time of acute disruption. Moscow, for its part, values India as a large and stable customer now that most of its European buyers have disappeared.',
      'The arrangement is not without strain. Payment remains a recurring irritant, with settlements routed through a mix of currencies and banks, and Indian exporters have struggled to narrow a trade deficit with Russia that oil has widened considerably. Analysts expect purchases to continue at broadly current levels unless Washington follows through on its tariff threat, in which case refiners would have to weigh cheaper crude against continued access to the far larger American market.',
    ],
  },
  {
    slug: 'rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully',
    headline: 'Rupee-Rouble Payments Remain a Work in Progress as Banks Tread Carefully',
    standfirst:
      'India and Russia have built workarounds for paying each other since 2022, but a persistent trade imbalance and cautious banks mean the local-currency system still handles only part of the bill.',
    category: 'india-russia',
    author: 'elena-sokolova',
    tags: ['Rupee-rouble trade', 'Trade', 'Russia', 'Sanctions'],
    publishedAt: '2025-04-08T16:40:00+05:30',
    image: {
      alt: 'Illustration of rupee and rouble banknotes meeting across a stylised ledger, with bank buildings in the background',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'More than three years after Western sanctions cut many Russian banks off from the dollar-based financial system, India and Russia are still assembling a dependable way to pay each other. Trade between the two countries has grown to roughly $65 billion a year, driven overwhelmingly by Indian purchases of Russian oil, fertiliser and coal. But the mechanisms built to settle that trade in national currencies remain patchy, and exporters on both sides describe delays, higher transaction costs and frequent uncertainty over which banks will process a given payment.',
      'The cornerstone of the system is the Special Rupee Vostro Account framework introduced by the Reserve Bank of India in July 2022, which allows foreign banks to hold rupee accounts with Indian lenders and settle trade in the Indian currency. Russian banks with a presence in India, including Sberbank and VTB, were among the first to use it, and many correspondent relationships have since been approved. In principle, the framework lets an Indian importer pay in rupees and a Russian exporter receive them without any dollar leg.',
      'In practice, the arithmetic does not balance. Indian exports to Russia, a little over $4 billion in the last full financial year, are a small fraction of imports, so Russian sellers accumulate rupees faster than they can spend them. Moscow has at times complained of surplus rupee balances with limited uses, and many oil cargoes are instead settled in UAE dirhams or other currencies through intermediaries. Bankers and trade officials point to a handful of recurring obstacles that explain why progress has been slow.',
      {
        type: 'list',
        ordered: false,
        items: [
          'Bank caution: lenders with large US exposure remain wary of secondary sanctions, particularly after a December 2023 US executive order widened the risks for foreign banks dealing with Russia’s military-industrial base.',
          'The trade imbalance: Russian exporters hold more rupees than they can readily invest or spend in India.',
          'Plumbing: links between Russia’s payment messaging and card systems and their Indian counterparts are still under discussion rather than in routine use.',
          'Documentation: oil payments must be carefully evidenced to show cargoes fall within Western price-cap rules that Indian banks choose to observe.',
        ],
      },
      'Both governments have set a target of lifting bilateral trade to $100 billion by 2030, agreed when Prime Minister Narendra Modi visited Moscow in July last year. Reaching it will require Indian exports of machinery, pharmaceuticals, farm products and consumer goods to grow substantially, which would in turn help absorb the rupee balances held by Russian firms. Exporters’ associations have pressed for clearer guidance on payment channels and for export credit support for shipments to Russia.',
      'Economists caution that a wholesale shift to rupee settlement is unlikely in the near term. The rupee is not fully convertible, and Russian firms prefer currencies they can use with a wider range of trading partners. What has emerged instead is a patchwork in which rupees, roubles, dirhams and other currencies each play a part. For now that patchwork keeps goods moving, but it remains sensitive to every new round of sanctions and to the risk appetite of a small number of banks.',
    ],
    notes: [
      {
        kind: 'correction',
        text: 'An earlier version of this story gave India’s exports to Russia in the last full financial year as a little over $14 billion. The figure is a little over $4 billion.',
        writtenAt: '2025-04-09T10:05:00+05:30',
      },
    ],
  },
  {
    slug: 'indian-navys-last-russian-built-frigate-nears-delivery-as-defence-ties-shift',
    headline: 'Indian Navy’s Last Russian-Built Frigate Nears Delivery as Defence Ties Shift',
    standfirst:
      'The second of two Talwar-class follow-on frigates under construction in Kaliningrad is expected to join the fleet this year, closing an era of imported warships as India builds more at home.',
    category: 'india-russia',
    author: 'vikram-sethi',
    tags: ['Navy', 'BrahMos', 'S-400', 'Russia'],
    publishedAt: '2025-04-12T10:05:00+05:30',
    image: {
      alt: 'Illustration of a grey stealth frigate leaving a Baltic shipyard, with Indian and Russian naval ensigns in the sky',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'The Indian Navy is preparing to take delivery of the second of two stealth frigates being built for it at the Yantar shipyard in Kaliningrad, a vessel expected to be the last major warship India imports from any country. Its sister ship, INS Tushil, was commissioned at the Russian yard in December in the presence of Defence Minister Rajnath Singh. The second frigate, to be named Tamal, has been undergoing trials in the Baltic ahead of a handover expected in the coming months.',
      'The two ships belong to an order for four additional Talwar-class frigates agreed in 2016, under which two are being built in Russia and two at Goa Shipyard with Russian design support. Construction was slowed first by the need to source gas turbine engines from Ukraine, which halted defence exports to Russia in 2014, and later by the war. India bought the engines itself and supplied them to the Russian shipbuilder, an arrangement that reflected the unusual position New Delhi occupies between the two countries.',
      'The frigates are armed with BrahMos supersonic cruise missiles, the product of the Indo-Russian joint venture that has become the most visible success of the defence relationship. BrahMos missiles are now in service with India’s army, navy and air force, and the Philippines began receiving shore-based batteries last year under the system’s first export order. Talks with other potential buyers in Southeast Asia are under way, according to industry officials.',
      'The handover comes as the balance of the relationship continues to shift. Data published in March by the Stockholm International Peace Research Institute showed Russia was still India’s largest arms supplier over the past five years, but with a sharply lower share than a decade earlier as India buys more from France, the United States and Israel, and more from its own industry. Deliveries of the remaining S-400 air defence squadrons, three of which are in service, are expected by next year.',
      {
        type: 'quote',
        text: 'The era of buying finished Russian platforms off the shelf is ending. What remains is a deep installed base, from Sukhoi fighters to tanks, that will need Russian parts, upgrades and licensed production in India for decades.',
        attribution: 'Kavita Deshmukh, a fellow at the Centre for Eurasian Studies in Pune',
      },
      'That installed base is increasingly being serviced from Indian factories. Hindustan Aeronautics signed contracts last year to build additional Su-30MKI fighters and their AL-31FP engines under licence, and Kalashnikov assault rifles are being produced at a joint venture plant in Amethi, Uttar Pradesh. Officials describe co-production as the model for future cooperation, allowing India to meet its own requirements while reducing its exposure to supply disruptions caused by sanctions on Russian firms.',
      'Challenges remain. Payment for Russian equipment has been complicated by restrictions on dollar transactions, and some deliveries have slipped as Russian industry prioritises its own armed forces. Still, Indian planners say the relationship is too deeply embedded to unwind quickly, and that maintaining it serves a broader aim of keeping strategic options open with several major powers at once rather than depending on any one of them.',
    ],
  },
  {
    slug: 'north-south-transport-corridor-gains-momentum-as-russia-and-iran-push-rail-link',
    headline: 'North-South Transport Corridor Gains Momentum as Russia and Iran Push Missing Rail Link',
    standfirst:
      'A multimodal route linking Mumbai to Russia through Iran is carrying more cargo, but its promise still hinges on a short railway in northern Iran and on the appetite of traders for sanctions risk.',
    category: 'india-russia',
    author: 'elena-sokolova',
    tags: ['Trade', 'Russia', 'Central Asia', 'Sanctions'],
    publishedAt: '2025-04-16T14:20:00+05:30',
    image: {
      alt: 'Illustration of a freight train and a container ship joined by a dotted route from Mumbai through Iran to the Caspian Sea and Russia',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'South Asia News Service' },
    body: [
      'The International North–South Transport Corridor, a multimodal route linking Indian ports to Russia through Iran and the Caspian region, is drawing renewed attention in Moscow and New Delhi as both capitals look for trade links that avoid chokepoints and Western-controlled logistics. Conceived in a 2000 agreement between India, Iran and Russia, the corridor combines shipping from Mumbai to Iranian ports with rail and road links northward, and promises shorter transit times than the traditional sea route through the Suez Canal and Europe.',
      'Cargo volumes on the corridor have risen since 2022, when sanctions and the disruption of European routes pushed Russian importers and exporters to look south and east. Freight operators report regular container trains on the eastern branch, which skirts the Caspian through Kazakhstan and Turkmenistan, while the western branch through Azerbaijan has also carried growing volumes. Even so, the corridor handles only a small share of India–Russia trade, which remains dominated by oil moved in tankers.',
      { type: 'heading', text: 'The missing link' },
      'The most important bottleneck is a gap of roughly 162 kilometres in the western branch between the Iranian cities of Rasht and Astara, near the border with Azerbaijan. Russia agreed in 2023 to finance construction of the line through a state loan, and Moscow and Tehran have repeatedly pledged to speed up land acquisition and building work. The comprehensive strategic partnership treaty the two countries signed in January gave the project fresh political backing, though completion is still several years away.',
      'For India, the corridor is part of a wider connectivity strategy that includes the Shahid Beheshti terminal at Chabahar port, which an Indian state-owned company operates under a ten-year agreement signed last year. New Delhi sees Chabahar as a gateway to Afghanistan and Central Asia that bypasses Pakistan, and as a potential feeder for the north–south route. The government has also promoted the newer Chennai–Vladivostok maritime corridor, which links Indian ports with Russia’s Pacific coast.',
      'The main risk is political. US pressure on Iran has intensified under the Trump administration, which has ordered a review of sanctions waivers, and shippers, insurers and banks remain cautious about exposure to Iranian entities. Analysts say the corridor’s future depends less on engineering than on whether traders can be confident that using it will not bring penalties in other markets. Indian officials have nonetheless kept the project on the agenda at every round of talks with Moscow and Tehran.',
    ],
  },
  {
    slug: 'kudankulam-expansion-anchors-india-russia-nuclear-ties-as-sector-opens-up',
    headline: 'Kudankulam Expansion Anchors India-Russia Nuclear Ties as Sector Opens Up',
    standfirst:
      'Work continues on four more Russian-designed reactors in Tamil Nadu as India prepares legal changes that could widen the field for nuclear suppliers, including Rosatom with its offers of smaller reactors.',
    category: 'india-russia',
    author: 'news-desk',
    tags: ['Nuclear energy', 'Energy', 'Russia'],
    publishedAt: '2025-04-21T09:45:00+05:30',
    image: {
      alt: 'Illustration of domed reactor buildings on a coastline at dawn, with power lines stretching inland',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Construction of four additional reactors at the Kudankulam Nuclear Power Project in Tamil Nadu is progressing, keeping the site at the centre of India’s civil nuclear partnership with Russia at a moment when New Delhi is preparing to open the sector to wider participation. Two Russian-designed VVER pressurised water reactors of 1,000 megawatts each have been operating at Kudankulam for several years, and units three to six, being built by the Nuclear Power Corporation of India with Rosatom as technology partner, will make it the country’s largest nuclear power station.',
      'The project has had a long and difficult history. Its origins lie in an agreement signed between India and the Soviet Union in 1988, which was revived a decade later after the Soviet collapse. The first units faced years of delay, including local protests after the 2011 Fukushima accident, before entering commercial operation. Engineers say construction of the later units has moved more smoothly, though timelines have slipped, in part because of supply chain disruptions since 2022.',
      'Russia also supplies fuel for the reactors, and Rosatom has in recent years offered to localise more manufacturing in India. Indian industry already produces a significant share of the components for the later units, a trend officials on both sides want to extend. Moscow has long proposed a second site for Russian-designed reactors, and has pitched both floating nuclear plants and land-based small modular reactors, though no new site has been formally allotted.',
      'The context for those offers changed in February, when the Union budget announced a Nuclear Energy Mission focused on developing small modular reactors and restated a target of 100 gigawatts of nuclear capacity by 2047, many times today’s installed base. The government also said it would amend the Atomic Energy Act and the Civil Liability for Nuclear Damage Act, changes that industry has long sought in order to allow private investment and to ease foreign suppliers’ concerns about liability.',
      'Western vendors have struggled to turn earlier agreements with India into construction projects, largely because of the liability law. Russia’s involvement at Kudankulam grew out of intergovernmental agreements that predate the 2010 legislation, and the two sides found ways to accommodate the law for the later units. Analysts say legal reform could bring more competition to the Indian market, but that Rosatom’s record of delivering reactors in India gives it an advantage in the near term.',
      'Nuclear cooperation has been among the most stable strands of the India–Russia relationship, largely insulated from the sanctions and payment problems affecting other sectors. Officials say it is likely to feature prominently in preparations for the next annual summit between the two countries. For India, the priority is less about choosing among suppliers than about adding low-carbon baseload power quickly enough to meet rising demand, and Kudankulam remains the clearest demonstration that large reactors can be delivered.',
    ],
  },
  {
    slug: 'india-and-russia-look-beyond-gaganyaan-training-to-wider-space-cooperation',
    headline: 'India and Russia Look Beyond Gaganyaan Training to Wider Space Cooperation',
    standfirst:
      'Russia helped prepare the astronauts for India’s first crewed mission. Now the two space sectors are weighing cooperation on engines, navigation and future stations as ISRO widens its partnerships.',
    category: 'india-russia',
    author: 'news-desk',
    tags: ['Space', 'ISRO', 'Russia'],
    publishedAt: '2025-04-25T12:30:00+05:30',
    image: {
      alt: 'Illustration of a crew capsule orbiting Earth above the Indian subcontinent, with a rocket launch plume below',
      credit: 'Illustration: The Nation Express',
    },
    source: { name: 'Eurasia Wire' },
    body: [
      'As the Indian Space Research Organisation prepares for the first uncrewed test flights of its Gaganyaan human spaceflight programme, officials and analysts are considering how the long relationship with Russia’s space sector might evolve. Russia played a foundational role in the programme’s early stages: the four Indian Air Force pilots selected as astronaut-designates spent about a year training at the Gagarin Cosmonaut Training Centre near Moscow in 2020 and 2021, under an agreement between ISRO and Glavkosmos, a subsidiary of the Russian space agency Roscosmos.',
      'The relationship goes back much further. India’s first satellite, Aryabhata, was launched on a Soviet rocket in 1975, and Rakesh Sharma became the first Indian in space aboard a Soviet Soyuz spacecraft in 1984. In the 1990s, Russian cryogenic engine technology shaped India’s development of its own upper stages, after US pressure limited the scope of the original technology transfer deal. Engineers on both sides describe a relationship rooted in decades of personal and institutional ties.',
      'Since then, ISRO’s partnerships have diversified considerably. One of the Gaganyaan astronaut-designates, Group Captain Shubhanshu Shukla, is preparing to fly to the International Space Station on a private Axiom Space mission launched by SpaceX, an arrangement that grew out of cooperation with the United States. India has also signed the US-led Artemis Accords, while Russia has turned towards China for lunar exploration, including plans for a joint research station on the Moon.',
      'Officials nonetheless see room for continued cooperation with Russia in specific areas. These include components and life-support expertise for human spaceflight, the hosting of ground stations for each other’s satellite navigation systems, GLONASS and NavIC, and possible collaboration on rocket engines. Both countries are also planning national space stations: India aims to build its Bharatiya Antariksh Station in stages by 2035, while Russia is developing its own Russian Orbital Station to succeed its role on the ISS.',
      'Analysts caution that sanctions on Russian space entities and the shifting alignments of the global space sector limit how far cooperation can go. Western components are integral to many Indian satellites, and ISRO is increasingly opening launch and manufacturing work to private Indian companies and foreign partners. Still, they argue, keeping ties with one of the world’s most experienced human spaceflight nations offers India useful insurance as it moves from sending astronauts abroad to flying them on its own rockets.',
    ],
  },
  {
    slug: 'indian-students-keep-choosing-russian-medical-schools-despite-war-and-distance',
    headline: 'Indian Students Keep Choosing Russian Medical Schools Despite War and Distance',
    standfirst:
      'Affordable fees and a large network of universities keep drawing Indian medical aspirants to Russia, but licensing rules at home and safety concerns weigh on families making the decision.',
    category: 'india-russia',
    author: 'elena-sokolova',
    tags: ['Russia', 'Education', 'Ukraine war'],
    publishedAt: '2025-05-02T11:20:00+05:30',
    image: {
      alt: 'Illustration of students in white coats walking past a snow-dusted university building with onion domes in the distance',
      credit: 'Illustration: The Nation Express',
    },
    body: [
      'Thousands of Indian students continue to enrol each year at Russian universities, most of them in medical programmes, despite the war in Ukraine, the difficulty of moving money into Russia and the long journey home. Education consultants in Delhi, Hyderabad and Chennai say interest has held up because of the gap between the limited number of affordable medical seats in India and the demand from families who want their children to become doctors. Russian universities, many of them long-established state institutions, offer six-year programmes at a fraction of the cost of private Indian colleges.',
      'Russia was already among the leading destinations for Indian medical students before 2022, alongside China, Ukraine and several Central Asian countries. The war forced thousands of Indian students in Ukraine to evacuate, and some later transferred to universities in Russia and elsewhere to complete their degrees. Russian institutions recruit actively in India through education fairs and agents, and Russian cultural centres in Indian cities regularly promote study opportunities.',
      'The main hurdle comes after graduation. Under National Medical Commission rules introduced in 2021, Indians who study medicine abroad must complete a course of at least 54 months taught in English, followed by a year-long internship at the same foreign institution, and then pass a licensing examination in India before they can practise. Pass rates in the screening test for foreign medical graduates have historically been low, which makes the choice of university a consequential one.',
      'Consultants say families have become more discerning as a result, asking which universities teach entirely in English, how much hospital exposure students receive and how earlier graduates have fared in the Indian licensing test. Some Russian universities have responded by expanding English-medium teaching and arranging clinical rotations in larger city hospitals. Paying fees has also become more complicated since 2022, with families relying on a limited number of banks and remittance channels that can still transfer money to Russia.',
      'The war has also cast a shadow over people-to-people ties. Last year, the Indian government took up with Moscow the cases of Indian nationals who had been recruited, in some cases through misleading job offers, to work as support staff with the Russian military. Several were killed, and New Delhi pressed for the discharge of those who remained. The Ministry of External Affairs has since warned citizens against accepting such offers, though officials stress the cases are unrelated to students.',
      'Beyond education, links between the two societies are growing in other ways. Russian tourists have returned in large numbers to Goa and Kerala, direct flights connect Moscow with Indian cities, and both governments have made electronic visas easier to obtain. India announced plans last year to open new consulates in Kazan and Yekaterinburg. Officials on both sides say broadening such contacts beyond defence and energy is essential for a relationship that has historically been driven from the top.',
    ],
  },
  {
    slug: 'pahalgam-aftermath-diplomacy-line-of-control-alerts-and-russias-offer-live',
    headline: 'Pahalgam aftermath: diplomacy, alerts on the Line of Control and Russia’s offer — live',
    standfirst:
      'Updates as India and Pakistan trade diplomatic measures after the attack that killed 26 people near Pahalgam, troops stay on alert along the Line of Control, and foreign governments, Russia among them, urge restraint.',
    category: 'india-russia',
    author: 'news-desk',
    tags: ['Pahalgam attack', 'Pakistan', 'Kashmir', 'Line of Control', 'Russia', 'Terrorism'],
    publishedAt: '2025-04-29T07:30:00+05:30',
    image: {
      alt: 'Illustration of a mountain meadow ringed by pine forest under low cloud, with a ridge line and a border fence in the distance',
      credit: 'Illustration: The Nation Express',
    },
    disclaimer:
      'Disclaimer: This page is updated as events develop. Each post rests on official statements and information available at the time it was written, and details may change.',
    body: [
      'This page follows the response in New Delhi, Islamabad and other capitals to the attack near Pahalgam in Jammu and Kashmir on 22 April, in which gunmen killed 26 people, most of them tourists, in the Baisaran meadow. India has linked the attack to Pakistan-based militants. Pakistan denies any involvement and has called for a neutral investigation.',
      'In the week since, the two governments have expelled each other’s military advisers, cut the staff of their High Commissions, closed the land crossing at Attari and Wagah and suspended visas. India has held the 1960 Indus Waters Treaty in abeyance; Pakistan has closed its airspace to Indian airlines, suspended trade and said it could hold bilateral agreements, including the 1972 Simla Agreement, in abeyance.',
      'Troops along the Line of Control are on high alert, and the Indian Army has reported small-arms fire from Pakistani posts on successive nights since 24 April. Foreign governments and the United Nations have urged both sides to show restraint. The posts above, newest first, follow developments as they are confirmed; times are Indian Standard Time.',
    ],
    live: {
      startedAt: '2025-04-29T07:30:00+05:30',
      summary: [
        'Gunmen killed 26 people, most of them tourists, near Pahalgam on 22 April. India links the attack to cross-border terrorism; Pakistan denies any role.',
        'The two governments have expelled military advisers, cut embassy staff, closed the Attari–Wagah crossing and shut their airspace to each other’s airlines.',
        'The Indian Army has reported small-arms fire from Pakistani posts along the Line of Control every night since 24 April, and says no casualties have been reported.',
        'Russia says it is ready to help ease tensions if both sides agree; India says any talks with Pakistan must be bilateral.',
      ],
      posts: [
        {
          postedAt: '2025-04-29T07:30:00+05:30',
          body: [
            'We are following the diplomatic and military response to the Pahalgam attack on this page, a week after gunmen killed 26 people in the Baisaran meadow. It will be updated as governments issue statements and officials brief reporters.',
            'The pinned post sets out what is known so far.',
          ],
        },
        {
          postedAt: '2025-04-29T07:50:00+05:30',
          body: [
            'Pakistani posts opened small-arms fire across the Line of Control overnight for a fifth consecutive night, according to Army officials, in areas opposite the Kupwara and Baramulla districts and in the Akhnoor sector. Officials said Indian troops had responded proportionately and that no casualties had been reported.',
            'The firing is the most sustained breach of the February 2021 ceasefire understanding between the two armies, which had largely held for four years.',
          ],
        },
        {
          postedAt: '2025-04-29T08:00:00+05:30',
          pinned: true,
          body: [
            { type: 'heading', text: 'What we know so far' },
            {
              type: 'list',
              ordered: false,
              items: [
                'Gunmen opened fire on visitors in the Baisaran meadow near Pahalgam on 22 April, killing 26 people, most of them tourists. The National Investigation Agency has taken over the investigation.',
                'India has linked the attack to cross-border terrorism. Pakistan denies any involvement and has offered to take part in what it calls a neutral investigation.',
                'India has held the Indus Waters Treaty in abeyance, closed the Attari crossing, cancelled visas issued to Pakistani nationals and expelled Pakistan’s military advisers.',
                'Pakistan has closed its airspace to Indian airlines, suspended trade and said it could hold bilateral agreements, including the Simla Agreement, in abeyance.',
                'The Indian Army has reported small-arms fire from Pakistani posts along the Line of Control every night since 24 April, and says it has responded proportionately.',
              ],
            },
          ],
        },
        {
          postedAt: '2025-04-29T12:15:00+05:30',
          body: [
            'Authorities in Jammu and Kashmir have temporarily closed a number of tourist destinations as a precaution, according to local officials, and security has been tightened across the Kashmir valley. Hotel owners in Srinagar and Pahalgam say many bookings for the coming weeks have been cancelled.',
          ],
        },
        {
          postedAt: '2025-04-29T19:30:00+05:30',
          keyEvent: 'Modi meets the defence minister and service chiefs; forces given operational freedom, sources say',
          body: [
            'Prime Minister Narendra Modi met Defence Minister Rajnath Singh, the Chief of Defence Staff, General Anil Chauhan, and the chiefs of the Army, Navy and Air Force in New Delhi on Tuesday.',
            'Government sources said after the meeting that the Prime Minister had affirmed the armed forces’ operational freedom to decide the mode, targets and timing of India’s response. There was no official statement on what was discussed.',
          ],
        },
        {
          postedAt: '2025-04-29T22:30:00+05:30',
          body: [
            'UN Secretary-General António Guterres spoke by telephone on Tuesday with External Affairs Minister S. Jaishankar and with Pakistan’s Prime Minister, Shehbaz Sharif, according to his office, urging both countries to avoid a confrontation and offering his good offices.',
            'Jaishankar said afterwards that those who carried out, backed and planned the attack must be brought to justice.',
          ],
        },
        {
          postedAt: '2025-04-30T08:05:00+05:30',
          body: [
            'Army officials said small-arms fire had been reported overnight for a sixth consecutive night, opposite Kupwara and Baramulla, in the Akhnoor sector and in the Pargwal area along the International Border near Jammu, widening the stretch of frontier along which exchanges have been reported. Indian troops responded, they said, and no casualties were reported.',
          ],
        },
        {
          postedAt: '2025-04-30T17:50:00+05:30',
          keyEvent: 'India closes its airspace to Pakistani aircraft',
          body: [
            'India has closed its airspace to aircraft registered in Pakistan or operated or leased by Pakistani airlines, including military aircraft, under a notice to airmen issued on Wednesday. Officials said the restriction would remain in place until 23 May.',
            'The measure mirrors the closure of Pakistani airspace to Indian airlines announced on 24 April, which Indian carriers say has lengthened some flights from northern India to the Gulf, Europe and North America.',
          ],
        },
        {
          postedAt: '2025-05-01T07:40:00+05:30',
          body: [
            'US Secretary of State Marco Rubio spoke separately with Jaishankar and Sharif on Wednesday, according to State Department accounts of the calls. He encouraged India to work with Pakistan to de-escalate tensions, and urged Pakistani officials to cooperate with the investigation into the attack.',
            'Washington has condemned the killings while calling for calm. US officials have not said whether they intend to play any further part.',
          ],
        },
        {
          postedAt: '2025-05-01T11:20:00+05:30',
          body: [
            'The reduction of the Indian and Pakistani High Commissions to 30 staff each, from 55, was due to be completed today under the measures India announced on 23 April. The defence, naval and air advisers of both missions have been declared persona non grata and their posts annulled.',
            'Diplomats said the smaller missions leave few formal channels open between the two governments, which have not had high commissioners in each other’s capitals since 2019.',
          ],
        },
        {
          postedAt: '2025-05-01T16:30:00+05:30',
          body: [
            'Pakistan’s ambassador in Moscow, Mohammad Khalid Jamali, has called on Russia to help ease the crisis, in remarks reported by Russian media. He said Moscow’s ties with both countries left it well placed to help, and pointed to the Tashkent talks of 1966, when the Soviet Union hosted Indian and Pakistani leaders after the war of 1965.',
            'India has consistently rejected outside mediation on Kashmir, and there was no immediate comment from New Delhi. Russian officials have not said how they would respond.',
          ],
        },
        {
          postedAt: '2025-05-02T08:10:00+05:30',
          body: [
            'Small-arms fire was reported along the Line of Control overnight for an eighth consecutive night, in several sectors including Kupwara, Uri and Akhnoor, according to Army officials, who said Indian troops had responded proportionately. No casualties were reported.',
            'Analysts say the pattern of the firing matters as much as its persistence.',
            {
              type: 'quote',
              text: 'Small arms, mostly at night, along a widening front: so far it looks like probing and signalling. But without a working ceasefire there is no safety valve, and one incident with casualties could bring in the artillery.',
              attribution: 'Col. (retd) Harish Nair, Forum for Strategic Studies',
            },
          ],
        },
        {
          postedAt: '2025-05-02T15:40:00+05:30',
          keyEvent: 'Lavrov speaks separately to Jaishankar and Dar, urging restraint',
          body: [
            'Russia’s Foreign Minister, Sergei Lavrov, has spoken separately by telephone with Jaishankar and with Pakistan’s Deputy Prime Minister and Foreign Minister, Ishaq Dar, according to accounts of the calls. Moscow urged both sides to show restraint and to settle their differences by political and diplomatic means.',
            'Lavrov referred to the 1972 Simla Agreement and the 1999 Lahore Declaration, under which India and Pakistan undertook to resolve their disputes bilaterally: the framework New Delhi itself cites when it declines any outside role.',
          ],
        },
        {
          postedAt: '2025-05-03T08:30:00+05:30',
          keyEvent: 'India bars all imports from Pakistan, direct or indirect',
          body: [
            'India has prohibited the direct and indirect import of all goods originating in or passing through Pakistan, with immediate effect, according to a notification issued by the Directorate General of Foreign Trade late on Friday. The notification cites national security and public policy; any exception will need the government’s approval.',
            'Recorded trade between the two countries was already small, and Pakistan suspended all trade with India, including through third countries, on 24 April.',
          ],
        },
        {
          postedAt: '2025-05-03T09:40:00+05:30',
          keyEvent: 'Russia says it is ready to help ease tensions if both India and Pakistan agree',
          body: [
            'Russia has said it is ready to help ease tensions between India and Pakistan, the most significant offer by an outside power since the crisis began. Moscow has stressed that any role would depend on the consent of both governments.',
            'Analysts regard the offer as largely symbolic. Russia is one of India’s main defence suppliers and has built an energy relationship with Pakistan, ties that give it a hearing in both capitals but little leverage over either.',
          ],
        },
        {
          postedAt: '2025-05-03T12:10:00+05:30',
          body: [
            'Officials in New Delhi have made clear that India’s position on outside mediation has not changed. How the two governments have set out their positions this week:',
            {
              type: 'list',
              ordered: false,
              items: [
                'India: any dialogue with Pakistan must be strictly bilateral, and Pakistan must first take credible action against terror groups on its territory.',
                'India: statements of solidarity are welcome, offers to broker talks are not; its outreach to other governments seeks accountability for the attack.',
                'Pakistan: it denies any part in the attack and calls for a neutral investigation.',
                'Pakistan: it seeks mediation by friendly governments and international forums, and says it will respond to any Indian military action.',
              ],
            },
          ],
        },
        {
          postedAt: '2025-05-03T17:30:00+05:30',
          body: [
            'With Pakistan holding a non-permanent seat on the Security Council this year, diplomats in New York say Islamabad may ask for a meeting of the Council on the crisis. Without agreement among the permanent members, they expect no more than a statement.',
            {
              type: 'quote',
              text: 'India has kept Kashmir out of the Council’s formal business for years and dealt with Pakistan bilaterally. If this escalates, Pakistan will try to bring it to the Council, and that approach will be tested.',
              attribution: 'Meera Sabharwal, Centre for Multilateral Affairs',
            },
          ],
        },
        {
          postedAt: '2025-05-03T20:00:00+05:30',
          body: [
            'In villages close to the Line of Control in Kupwara, Uri and Poonch, residents said they had begun clearing out community bunkers built after earlier rounds of shelling and stocking basic supplies. Local officials said schools in the most exposed hamlets were being checked daily.',
          ],
        },
      ],
    },
  },
];
