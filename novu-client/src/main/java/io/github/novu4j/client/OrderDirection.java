package io.github.novu4j.client;

/**
 * The sort direction of a list ({@code orderDirection}); Novu's default is {@link #DESC}.
 */
public enum OrderDirection {

	/** Oldest or smallest first. */
	ASC,

	/** Newest or largest first. */
	DESC

}
