-- Questionnaires as data (issue 15): questions of five kinds with Polish and English texts, their
-- answer options (the codebook), survey waves (one fielding of a questionnaire in a unit and period)
-- and their responses, imported whole or not at all. The customer-satisfaction survey of a city
-- office is shipped as a ready template (code 'city_office_satisfaction').
CREATE TABLE questionnaire (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code           text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    title_pl       text NOT NULL,
    title_en       text NOT NULL,
    description_pl text,
    description_en text,
    template       boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE questionnaire_question (
    questionnaire_id bigint NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    code             text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    kind             text NOT NULL CHECK (kind IN ('likert', 'single', 'multiple', 'number', 'open')),
    text_pl          text NOT NULL,
    text_en          text NOT NULL,
    min_value        numeric,                  -- number: the smallest answer allowed
    max_value        numeric,                  -- number: the largest
    required         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (questionnaire_id, code),
    UNIQUE (questionnaire_id, position),
    CHECK (min_value IS NULL OR max_value IS NULL OR min_value <= max_value)
);

-- The codebook: the answers a likert, single- or multiple-choice question accepts, in order. A
-- Likert scale's options are its points '1' … 'k' (labels the scale's words).
CREATE TABLE questionnaire_option (
    questionnaire_id bigint NOT NULL,
    question_code    text NOT NULL,
    position         integer NOT NULL,
    code             text NOT NULL CHECK (code ~ '^[A-Za-z0-9_]+$'),
    label_pl         text NOT NULL,
    label_en         text NOT NULL,
    PRIMARY KEY (questionnaire_id, question_code, code),
    UNIQUE (questionnaire_id, question_code, position),
    FOREIGN KEY (questionnaire_id, question_code) REFERENCES questionnaire_question (questionnaire_id, code) ON DELETE CASCADE
);

-- One fielding of a questionnaire: where, when, how many were invited (for the response rate).
CREATE TABLE survey_wave (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    questionnaire_id bigint NOT NULL REFERENCES questionnaire (id),
    name             text NOT NULL,
    unit_code        text NOT NULL REFERENCES territorial_unit (code),
    period           text NOT NULL,
    invited          integer CHECK (invited IS NULL OR invited > 0),
    source           text NOT NULL,            -- the file the answers came from
    imported_by      text NOT NULL,
    imported_at      timestamptz NOT NULL DEFAULT now()
);

-- One respondent's answers: the question codes to the answer as the codebook writes it (a list of
-- codes for multiple choice, a number, a text), the weight (1 when the file has none) and the group
-- (a district's unit code) when the file gives it.
CREATE TABLE survey_response (
    wave_id     bigint NOT NULL REFERENCES survey_wave (id) ON DELETE CASCADE,
    respondent  integer NOT NULL,
    line        integer NOT NULL,             -- the file's line, for messages
    weight      numeric NOT NULL CHECK (weight > 0),
    group_code  text,
    answers     jsonb NOT NULL,
    PRIMARY KEY (wave_id, respondent)
);

-- The template: the customer-satisfaction survey of a city office (the questions Polish city
-- offices ask in their yearly "badanie satysfakcji klientów"; wording our own).
INSERT INTO questionnaire (code, title_pl, title_en, description_pl, description_en, template) VALUES
('city_office_satisfaction', 'Badanie satysfakcji klientów urzędu miasta', 'City office customer-satisfaction survey',
 'Ankieta dla osób, które załatwiały sprawę w urzędzie miasta (osobiście, przez internet lub telefonicznie). Odpowiedź na pytanie o ogólną ocenę obsługi (4 lub 5) zasila wskaźnik city_office_customer_satisfaction_pct.',
 'For people who dealt with a matter at the city office (in person, online or by phone). The overall rating of the service (4 or 5) feeds the indicator city_office_customer_satisfaction_pct.',
 true);

INSERT INTO questionnaire_question (questionnaire_id, position, code, kind, text_pl, text_en, min_value, max_value, required)
SELECT q.id, v.position, v.code, v.kind, v.text_pl, v.text_en, v.min_value, v.max_value, v.required
FROM questionnaire q, (VALUES
 (1, 'channel', 'single', 'W jaki sposób załatwiał(a) Pan/Pani ostatnią sprawę w urzędzie?', 'How did you deal with your last matter at the office?', NULL::numeric, NULL::numeric, true),
 (2, 'overall', 'likert', 'Jak ogólnie ocenia Pan/Pani obsługę w urzędzie?', 'How do you rate the service at the office overall?', NULL, NULL, true),
 (3, 'waiting_time', 'likert', 'Jak ocenia Pan/Pani czas oczekiwania na załatwienie sprawy?', 'How do you rate the time you waited for your matter to be dealt with?', NULL, NULL, false),
 (4, 'competence', 'likert', 'Jak ocenia Pan/Pani kompetencje pracowników urzędu?', 'How do you rate the competence of the office staff?', NULL, NULL, false),
 (5, 'courtesy', 'likert', 'Jak ocenia Pan/Pani uprzejmość pracowników urzędu?', 'How do you rate the courtesy of the office staff?', NULL, NULL, false),
 (6, 'information', 'likert', 'Jak ocenia Pan/Pani jasność informacji o tym, jak załatwić sprawę?', 'How do you rate the clarity of the information on how to deal with your matter?', NULL, NULL, false),
 (7, 'resolved', 'single', 'Czy Pana/Pani sprawa została załatwiona?', 'Was your matter dealt with?', NULL, NULL, false),
 (8, 'improve', 'multiple', 'Co urząd powinien poprawić w pierwszej kolejności? (można wskazać kilka odpowiedzi)', 'What should the office improve first? (several answers allowed)', NULL, NULL, false),
 (9, 'visits', 'number', 'Ile razy w ciągu ostatnich 12 miesięcy załatwiał(a) Pan/Pani sprawy w urzędzie?', 'How many times in the last 12 months did you deal with matters at the office?', 0, 365, false),
 (10, 'comment', 'open', 'Uwagi i propozycje', 'Comments and suggestions', NULL, NULL, false)
) AS v(position, code, kind, text_pl, text_en, min_value, max_value, required)
WHERE q.code = 'city_office_satisfaction';

INSERT INTO questionnaire_option (questionnaire_id, question_code, position, code, label_pl, label_en)
SELECT q.id, v.question_code, v.position, v.code, v.label_pl, v.label_en
FROM questionnaire q, (VALUES
 ('channel', 1, 'office', 'osobiście w urzędzie', 'in person at the office'),
 ('channel', 2, 'online', 'przez internet (e-usługa, ePUAP)', 'online (e-service, ePUAP)'),
 ('channel', 3, 'phone', 'telefonicznie', 'by phone'),
 ('channel', 4, 'post', 'listownie', 'by post'),
 ('resolved', 1, 'yes', 'tak', 'yes'),
 ('resolved', 2, 'no', 'nie', 'no'),
 ('resolved', 3, 'pending', 'jest w toku', 'still in progress'),
 ('improve', 1, 'hours', 'godziny otwarcia', 'opening hours'),
 ('improve', 2, 'waiting', 'czas oczekiwania', 'waiting time'),
 ('improve', 3, 'eservices', 'e-usługi', 'e-services'),
 ('improve', 4, 'information', 'informacja o sprawach', 'information on matters'),
 ('improve', 5, 'accessibility', 'dostępność dla osób z niepełnosprawnościami', 'accessibility for people with disabilities'),
 ('improve', 6, 'nothing', 'nic', 'nothing')
) AS v(question_code, position, code, label_pl, label_en)
WHERE q.code = 'city_office_satisfaction';

-- The five-point scale of every Likert question of the template.
INSERT INTO questionnaire_option (questionnaire_id, question_code, position, code, label_pl, label_en)
SELECT qq.questionnaire_id, qq.code, s.point, s.point::text, s.label_pl, s.label_en
FROM questionnaire_question qq
JOIN questionnaire q ON q.id = qq.questionnaire_id AND q.code = 'city_office_satisfaction'
CROSS JOIN (VALUES (1, 'bardzo źle', 'very poor'), (2, 'źle', 'poor'), (3, 'ani dobrze, ani źle', 'neither good nor poor'),
                   (4, 'dobrze', 'good'), (5, 'bardzo dobrze', 'very good')) AS s(point, label_pl, label_en)
WHERE qq.kind = 'likert';
