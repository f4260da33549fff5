package pl.miasto4.survey.estimate;

/** How a proportion's interval is made: logit (R's svyciprop default) or Wilson on the effective sample size. */
public enum ProportionInterval { LOGIT, WILSON }
