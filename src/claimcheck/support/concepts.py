"""Words that name the same thing in lay and in scholarly prose, mapped to one concept key.

A news claim says "the new coronavirus", "race" or "death" where the abstract says
"SARS-CoV-2", "ethnicity" or "mortality". Each group below is general biomedical usage (body
organs and their adjectives, common outcomes, populations, exposures), not words of any one
article; a word in a group adds the group's key (`=name`) to its matching keys, so the two
texts meet without losing the word itself.
"""

from __future__ import annotations

_GROUPS = {
    "covid": "covid covid19 coronavirus coronaviruses sarscov2 ncov 2019ncov sars cov",
    "death": "death deaths die died dying mortality fatal fatality fatalities lethal",
    "race": "race racial ethnic ethnicity ethnicities black hispanic latino minority minorities",
    "age": "age aged ages elderly older old young younger youth",
    "child": "child children childhood pediatric paediatric infant infants kid kids adolescent",
    "cancer": "cancer cancers tumor tumors tumour tumours carcinoma neoplasm malignancy",
    "heart": "heart cardiac cardiovascular coronary myocardial",
    "kidney": "kidney kidneys renal nephropathy",
    "liver": "liver hepatic hepatocellular",
    "lung": "lung lungs pulmonary respiratory",
    "brain": "brain cerebral cortical neural neuronal",
    "blood": "blood serum plasma",
    "vaccine": "vaccine vaccines vaccinated vaccination immunization immunisation",
    "mask": "mask masks facemask facemasks respirator respirators",
    "infection": "infection infections infected infectious contagious",
    "spread": "spread spreads spreading transmission transmit transmitted transmissible",
    "obesity": "obesity obese overweight adiposity bmi",
    "smoking": "smoking smoker smokers tobacco cigarette cigarettes",
    "diet": "diet diets dietary food foods eating nutrition",
    "exercise": "exercise exercises physical fitness training",
    "pregnancy": "pregnancy pregnant maternal prenatal gestational",
    "drug": "drug drugs medication medications medicine medicines",
    "sleep": "sleep sleeping insomnia",
    "depression": "depression depressive depressed antidepressant",
    "diabetes": "diabetes diabetic glycemic glycaemic insulin",
    "symptom": "symptom symptoms symptomatic asymptomatic",
}

CONCEPT = {word: f"={name}" for name, words in _GROUPS.items() for word in words.split()}
