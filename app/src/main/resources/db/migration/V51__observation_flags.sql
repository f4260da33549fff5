-- The one definition of a value's flags as letters: p provisional, e estimated, b break in series,
-- c confidential, in that order ('pe'; '' for none). Readers call it instead of spelling the CASE
-- expressions out; as an IMMUTABLE SQL function of one expression, PostgreSQL inlines it into the
-- query, so it costs what the expression costs.
CREATE FUNCTION observation_flags(provisional boolean, estimated boolean, break_in_series boolean, confidential boolean)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN provisional THEN 'p' ELSE '' END || CASE WHEN estimated THEN 'e' ELSE '' END
        || CASE WHEN break_in_series THEN 'b' ELSE '' END || CASE WHEN confidential THEN 'c' ELSE '' END
$$;
