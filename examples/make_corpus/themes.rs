//! Synthetic comments per QDC v7 subcategory, written for this project (no real data).

/// One QDC v7 subcategory with comments that praise it and comments that criticise it.
pub struct Theme {
    /// The QDC v7 major category.
    pub major: &'static str,
    /// The QDC v7 subcategory name, exactly.
    pub name: &'static str,
    /// Comments that praise this aspect of care.
    pub positive: &'static [&'static str],
    /// Comments that criticise this aspect of care.
    pub negative: &'static [&'static str],
}

/// Every QDC v7 subcategory except `Labelling not possible` (made of non-answers).
pub const THEMES: &[Theme] = &[
    Theme {
        major: "General",
        name: "Positive experience & gratitude",
        positive: &[
            "Thank you all so much, a really positive experience from start to finish.",
            "I am so grateful to everyone involved, brilliant service.",
            "Excellent experience, thank you to the whole team.",
        ],
        negative: &[
            "Honestly nothing to be grateful for, it was a poor experience overall.",
            "Not a positive experience at all and I would not recommend it.",
            "Very disappointing overall, I expected a lot better.",
        ],
    },
    Theme {
        major: "General",
        name: "Organisation & efficiency",
        positive: &[
            "Everything was well organised and ran like clockwork.",
            "Very efficient service, the paperwork was sorted quickly.",
            "The clinic was run smoothly and efficiently.",
        ],
        negative: &[
            "Badly organised, nobody knew which room I should be in.",
            "The system is chaotic and the admin is a mess.",
            "Disorganised from the moment I arrived, forms were lost twice.",
        ],
    },
    Theme {
        major: "General",
        name: "Funding & use of financial resources",
        positive: &[
            "Good to see the money raised has been spent on the new unit.",
            "Great value for the taxpayer, resources used wisely.",
            "The extra funding for the service has clearly made a difference.",
        ],
        negative: &[
            "The service needs more funding, it is clearly underfunded.",
            "Money is wasted on agency costs instead of patient care.",
            "Budget cuts mean there is never enough of anything.",
        ],
    },
    Theme {
        major: "General",
        name: "Feeling safe",
        positive: &[
            "I felt safe and secure on the ward at all times.",
            "Staff made me feel safe when I was at my most vulnerable.",
            "A safe place, I never felt at risk.",
        ],
        negative: &[
            "I did not feel safe at night because of other patients shouting.",
            "The ward felt unsafe and I was scared most of the time.",
            "Nobody checked on me and I felt at risk of harm.",
        ],
    },
    Theme {
        major: "Staff",
        name: "Staff manner & personal attributes",
        positive: &[
            "The staff were kind, caring and friendly.",
            "Lovely polite staff who treated me with respect and dignity.",
            "Everyone was so compassionate and patient with me.",
        ],
        negative: &[
            "The receptionist was rude and dismissive.",
            "Some staff were unfriendly and made me feel like a nuisance.",
            "The driver was abrupt and had a bad attitude.",
        ],
    },
    Theme {
        major: "Staff",
        name: "Competence & training",
        positive: &[
            "The paramedics were highly skilled and very professional.",
            "The nurse clearly knew what she was doing, very competent.",
            "Well trained staff who were knowledgeable and thorough.",
        ],
        negative: &[
            "The call handler did not seem properly trained.",
            "Staff lacked experience and made mistakes with my care.",
            "The agency nurse did not know how to use the equipment.",
        ],
    },
    Theme {
        major: "Staff",
        name: "Staffing levels & responsiveness",
        positive: &[
            "Plenty of staff on shift and they came as soon as I pressed the buzzer.",
            "Staff responded quickly whenever I needed help.",
            "There were enough nurses around to answer any question.",
        ],
        negative: &[
            "The ward is short staffed and the staff are run off their feet.",
            "I pressed the call bell and nobody came for forty minutes.",
            "Not enough staff at weekends, you are left waiting for help.",
        ],
    },
    Theme {
        major: "Access to medical care & support",
        name: "Contacting services",
        positive: &[
            "Easy to get through on the phone and speak to someone.",
            "My call was answered straight away.",
            "The helpline was simple to contact at any time.",
        ],
        negative: &[
            "Impossible to get through on the phone, it just rings out.",
            "I was on hold for an hour before anyone answered.",
            "Nobody returns calls or replies to messages.",
        ],
    },
    Theme {
        major: "Access to medical care & support",
        name: "Appointment arrangements",
        positive: &[
            "Booking an appointment was quick and simple.",
            "They found me an appointment that suited my work hours.",
            "Rescheduling my appointment was no trouble at all.",
        ],
        negative: &[
            "My appointment was cancelled twice at short notice.",
            "Could not book an appointment for weeks.",
            "The appointment letter arrived after the appointment date.",
        ],
    },
    Theme {
        major: "Access to medical care & support",
        name: "Appointment method",
        positive: &[
            "The video call appointment saved me a long journey.",
            "Having a telephone appointment was really convenient.",
            "I liked being able to choose a face to face appointment.",
        ],
        negative: &[
            "I wanted to be seen face to face, not over the phone.",
            "The video appointment kept freezing and cutting out.",
            "Telephone consultations are not good enough for my condition.",
        ],
    },
    Theme {
        major: "Access to medical care & support",
        name: "Timeliness of care",
        positive: &[
            "The ambulance arrived within ten minutes.",
            "I was seen quickly with hardly any wait.",
            "Very prompt service, no waiting around.",
        ],
        negative: &[
            "I waited over five hours to be seen.",
            "The waiting time was far too long.",
            "The ambulance took hours to arrive and my dad was on the floor.",
        ],
    },
    Theme {
        major: "Communication & involvement",
        name: "Unspecified communication",
        positive: &[
            "Communication was excellent throughout.",
            "Good communication from everyone.",
            "They communicated really well.",
        ],
        negative: &[
            "Communication was poor.",
            "Communication needs to improve.",
            "Terrible communication all round.",
        ],
    },
    Theme {
        major: "Communication & involvement",
        name: "Staff listening, understanding & involving patients",
        positive: &[
            "They really listened to me and understood what I needed.",
            "I was involved in every decision about my care.",
            "The doctor took time to listen to my concerns.",
        ],
        negative: &[
            "Nobody listened to me or took my views seriously.",
            "I was not involved in decisions about my own treatment.",
            "They talked over me as if I was not there.",
        ],
    },
    Theme {
        major: "Communication & involvement",
        name: "Information directly from staff during care",
        positive: &[
            "The nurse explained each step of the procedure as she went.",
            "The doctor explained my diagnosis clearly.",
            "The crew told me exactly what they were doing and why.",
        ],
        negative: &[
            "Nobody explained what the scan was for.",
            "The doctor used jargon and did not explain the results.",
            "I was given no explanation of my treatment.",
        ],
    },
    Theme {
        major: "Communication & involvement",
        name: "Information provision & guidance",
        positive: &[
            "The leaflets and advice were really helpful.",
            "Clear guidance on what to do if my symptoms got worse.",
            "The website had all the information I needed.",
        ],
        negative: &[
            "There was no written information about the service.",
            "The advice on the website is out of date.",
            "I left without any guidance on self care.",
        ],
    },
    Theme {
        major: "Communication & involvement",
        name: "Being kept informed, clarity & consistency of information",
        positive: &[
            "I was kept informed about delays at every stage.",
            "They kept me updated on when the transport would arrive.",
            "Everyone gave me the same clear message.",
        ],
        negative: &[
            "Nobody kept us informed about what was happening.",
            "I was told different things by different people.",
            "Conflicting information about my discharge date.",
        ],
    },
    Theme {
        major: "Communication & involvement",
        name: "Interaction with family/ carers",
        positive: &[
            "Staff kept my wife involved and updated her every day.",
            "They were so supportive to my family and carers.",
            "My daughter was made welcome and included in my care.",
        ],
        negative: &[
            "My family were not told I had been admitted.",
            "Carers are ignored and not listened to.",
            "My husband was not allowed to stay with me.",
        ],
    },
    Theme {
        major: "Mental Health specifics",
        name: "Mental Health Act",
        positive: &[
            "My rights under the Mental Health Act were explained clearly.",
            "While I was sectioned staff made sure I understood my section.",
            "The tribunal process was handled fairly.",
        ],
        negative: &[
            "I was detained under section 3 and nobody explained my rights.",
            "My section 17 leave kept being cancelled.",
            "I did not get to see an advocate before my tribunal.",
        ],
    },
    Theme {
        major: "Patient journey & service coordination",
        name: "Continuity of care",
        positive: &[
            "Seeing the same care coordinator each time made a big difference.",
            "The referral to the specialist team was made quickly.",
            "Care was well joined up between the GP and the hospital.",
        ],
        negative: &[
            "I see a different doctor every time and have to repeat my story.",
            "My referral got lost between services.",
            "My care coordinator keeps changing.",
        ],
    },
    Theme {
        major: "Patient journey & service coordination",
        name: "Discharge",
        positive: &[
            "The discharge was well planned and support was in place at home.",
            "I was discharged promptly with everything I needed.",
            "Good follow up after I was discharged.",
        ],
        negative: &[
            "I was discharged too early with no support at home.",
            "Waited all day for my discharge letter.",
            "Discharged late at night with no way to get home.",
        ],
    },
    Theme {
        major: "Medication & pain",
        name: "Supplying & understanding medication",
        positive: &[
            "The pharmacist explained my new medication and side effects.",
            "My prescription was ready on time.",
            "They reviewed my tablets and explained each one.",
        ],
        negative: &[
            "My medication was late every morning.",
            "Nobody explained the side effects of my new tablets.",
            "The prescription was wrong and I ran out of my medicine.",
        ],
    },
    Theme {
        major: "Medication & pain",
        name: "Pain management",
        positive: &[
            "The crew gave me pain relief straight away.",
            "My pain was well controlled after the operation.",
            "They checked on my pain levels regularly.",
        ],
        negative: &[
            "I was left in agony without any pain relief.",
            "My pain was not managed and I could not sleep.",
            "Asked for painkillers three times before getting any.",
        ],
    },
    Theme {
        major: "Activities",
        name: "Activities & access to fresh air",
        positive: &[
            "The art group and gardening sessions kept me going.",
            "Lots of activities and walks in the grounds.",
            "Being able to go outside for fresh air every day helped.",
        ],
        negative: &[
            "There is nothing to do on the ward, so boring.",
            "We were not allowed out for fresh air for days.",
            "Activities were cancelled every weekend.",
        ],
    },
    Theme {
        major: "Activities",
        name: "Electronic entertainment",
        positive: &[
            "Great to have free wifi and a TV in the lounge.",
            "The games console in the day room was a lifesaver.",
            "Being allowed my phone and tablet helped pass the time.",
        ],
        negative: &[
            "The wifi never works and the TV is broken.",
            "No internet access so I could not contact my friends.",
            "The television in the lounge has been broken for weeks.",
        ],
    },
    Theme {
        major: "Environment, equipment & catering",
        name: "Cleanliness, tidiness & infection control",
        positive: &[
            "The ward was spotless and very clean.",
            "Staff always washed their hands and wore gloves.",
            "Clean and tidy toilets and bathrooms.",
        ],
        negative: &[
            "The toilets were dirty and smelt awful.",
            "The floor was filthy and bins were overflowing.",
            "Staff did not wash their hands between patients.",
        ],
    },
    Theme {
        major: "Environment, equipment & catering",
        name: "Sensory experience",
        positive: &[
            "The ward was calm and quiet at night so I could sleep.",
            "Lovely peaceful atmosphere and soft lighting.",
            "The quiet room was a relief from the noise.",
        ],
        negative: &[
            "Far too noisy at night to get any sleep.",
            "The lights were left on all night.",
            "The ward was freezing cold and then far too hot.",
        ],
    },
    Theme {
        major: "Environment, equipment & catering",
        name: "Environment, facilities & equipment",
        positive: &[
            "The new building is modern and bright with comfortable rooms.",
            "Good facilities and the equipment was all up to date.",
            "The wheelchair and hoist they provided made life easier.",
        ],
        negative: &[
            "The building is old and run down.",
            "The equipment kept breaking and the beds are uncomfortable.",
            "My walking frame took three months to be delivered.",
        ],
    },
    Theme {
        major: "Environment, equipment & catering",
        name: "Food & drink provision & facilities",
        positive: &[
            "The food was tasty and there was plenty of choice.",
            "Lovely hot meals and always a cup of tea.",
            "They catered for my diet without any fuss.",
        ],
        negative: &[
            "The food was cold and tasteless.",
            "No vegetarian options at all.",
            "Could not get a drink of water for hours.",
        ],
    },
    Theme {
        major: "Service location, travel & transport",
        name: "Service location",
        positive: &[
            "The clinic is close to home and easy to find.",
            "Handy location right in the town centre.",
            "Good to have the service available locally.",
        ],
        negative: &[
            "The clinic is miles away from where I live.",
            "The unit is hard to find and badly signposted.",
            "Having to travel to another town for treatment is too far.",
        ],
    },
    Theme {
        major: "Service location, travel & transport",
        name: "Transport to/ from services",
        positive: &[
            "The patient transport picked me up on time.",
            "The transport driver got me home safely.",
            "Great to have transport arranged for my dialysis.",
        ],
        negative: &[
            "The transport was two hours late picking me up.",
            "The ambulance to take me home never came.",
            "Patient transport was booked but did not turn up.",
        ],
    },
    Theme {
        major: "Service location, travel & transport",
        name: "Parking",
        positive: &[
            "Plenty of free parking right outside.",
            "Easy to park and the car park was close to the entrance.",
            "Blue badge spaces were available near the door.",
        ],
        negative: &[
            "Parking is a nightmare and far too expensive.",
            "Could not find a parking space and missed my slot.",
            "The car park charges are a disgrace.",
        ],
    },
];

/// Answers that say nothing about the care (QDC: `Labelling not possible`).
pub const NON_ANSWERS: &[&str] = &[
    "Did not answer",
    "",
    "   ",
    "N/A",
    "-",
    "n/a",
    "No comment.",
];

/// Answers whose meaning depends on the question ("Nothing" under "could improve"
/// means all was good): real answers, not non-answers.
pub const QUESTION_DEPENDENT: &[&str] = &["Nothing.", "Nothing", "None.", "Everything."];

/// Questions in the QDC export's wording, praise-seeking first.
pub const GOOD_QUESTIONS: &[&str] = &["What was good?", "FFT Why?"];

/// Questions asking what could improve, or open questions that often draw complaints.
pub const IMPROVE_QUESTIONS: &[&str] = &[
    "How could we improve?",
    "What could we do better?",
    "FFT Why?",
    "Please describe any things about the 111 service that\nyou were particularly satisfied and/or dissatisfied with",
];
