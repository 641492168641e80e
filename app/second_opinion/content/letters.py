"""The two letters: asking for copies of my records, and asking both doctors
to review my case together (the guide's last step).

Each letter is its lines in English, marked for translation, with
placeholders the app fills from what is saved (``state/letters.py``). The
office reads it in English by default; the patient sees it in their own
language beside it. Plain words: the patient signs what they understand.
"""

from __future__ import annotations

from second_opinion.content.markers import N_

NOT_LEGAL_ADVICE = N_("This letter is not legal advice. It is a start that you can change.")
INTRO = N_("The app writes these letters from what you saved. You can change the words "
           "before you send them.")

# Asking for my records ------------------------------------------------------

RECORDS_TITLE = N_("Asking for copies of my records")
RECORDS_TO_DEFAULT = N_("Medical records office")
RECORDS_SUBJECT = N_("Subject: Copies of my medical records")
RECORDS_GREETING = N_("Dear records office,")
RECORDS_WHY = N_("I am getting a second opinion about my kidney cancer. Please send me "
                 "copies of my medical records.")
RECORDS_LIST = N_("Please send me these papers:")
RECORDS_NO_PAPERS = N_("Please send me my full medical record.")
RECORDS_CD = N_("A CD with the pictures from my scans")
# TRANSLATORS: HIPAA is the name of a US law; keep it as it is.
RECORDS_LAW = N_("Under US law (HIPAA), I have the right to get copies of my health "
                 "records. You must answer me within 30 days. You may charge me only a "
                 "fair fee, based on what the copies cost you.")
RECORDS_CALL = N_("If you have a question, please call me.")

# Asking both doctors to review my case together -----------------------------

JOINT_TITLE = N_("Asking both doctors to review my case together")
JOINT_SUBJECT = N_("Subject: Please look at my case together")
# TRANSLATORS: {first} and {second} are the two doctors' names, as the patient saved them.
JOINT_GREETING = N_("Dear {first} and {second},")
JOINT_WHY = N_("Thank you for your care. I have now had two opinions about my kidney "
               "cancer, and they are not the same.")
JOINT_ASK = N_("Is it possible for the two of you to look at my case together? You could "
               "talk on the phone or meet.")
JOINT_NEXT = N_("Please tell me what you decide, and what I should do next.")

# Both letters ----------------------------------------------------------------

# TRANSLATORS: e.g. "To: City Hospital records office".
TO = N_("To: {name}")
# TRANSLATORS: the patient's name, as they saved it.
MY_NAME = N_("My name: {name}")
# TRANSLATORS: the date of birth, as the patient wrote it.
MY_BIRTH_DATE = N_("My date of birth: {date}")
# TRANSLATORS: the patient's phone number, as they saved it.
MY_PHONE = N_("My phone: {phone}")
THANKS = N_("Thank you,")
