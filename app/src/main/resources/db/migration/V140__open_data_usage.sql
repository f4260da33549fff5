-- Open data usage (issue 16): downloads and API calls counted per day, dataset and distribution.
-- Nothing that identifies a person is kept: no address, no user agent, no time of day; a request
-- only moves a counter. Bots (known crawlers, by user agent) are counted apart from people.
CREATE TABLE open_data_usage (
    day          date   NOT NULL,
    dataset      text   NOT NULL,            -- catalogue identifier; '' for the catalogue as a whole
    distribution text   NOT NULL,            -- format of the file (csv, xlsx, ...), or '' for an API call
    channel      text   NOT NULL CHECK (channel IN ('download', 'api')),
    bot          boolean NOT NULL,
    count        bigint NOT NULL CHECK (count >= 0),
    PRIMARY KEY (day, dataset, distribution, channel, bot)
);
CREATE INDEX open_data_usage_dataset ON open_data_usage (dataset, day);
