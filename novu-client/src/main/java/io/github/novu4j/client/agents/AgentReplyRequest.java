package io.github.novu4j.client.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * What your backend sends into a live agent conversation ({@code AgentReplyPayloadDto}): a reply, an
 * edit, resolution, signals, tool results, a tool approval request, reactions, deletions, a typing status
 * or an error. {@code conversationId} and {@code integrationIdentifier} come from the inbound agent
 * event. Checked before sending: at least one action; {@code edit} and {@code error} stand alone; at
 * most 15 files per message.
 *
 * <pre>{@code
 * AgentReplyRequest.builder(conversationId, "slack-support")
 *     .reply(AgentReplyRequest.Content.markdown("**Done.** Your refund is on its way."))
 *     .resolve("Refund issued")
 *     .build();
 * }</pre>
 *
 * @param conversationId the conversation to reply into
 * @param integrationIdentifier the channel integration linked to the agent for this conversation
 * @param reply a new message
 * @param toolApprovalRequest the ledger row of a gated tool call
 * @param edit an in-place edit of an earlier agent message
 * @param resolve marks the conversation resolved, with an optional summary
 * @param signals metadata changes and workflow triggers
 * @param toolResults tool-call outcomes to keep in the conversation history
 * @param addReactions reactions to add to platform messages
 * @param deleteMessages platform messages to delete
 * @param typing {@code "stop"} or {@code {"status": ...}}
 * @param error {@code true} when your runtime failed this turn (Novu sends generic error copy)
 */
public record AgentReplyRequest(@JsonProperty("conversationId") String conversationId,
		@JsonProperty("integrationIdentifier") String integrationIdentifier,
		@JsonProperty("reply") @Nullable Content reply,
		@JsonProperty("toolApprovalRequest") @Nullable ToolApprovalRequest toolApprovalRequest,
		@JsonProperty("edit") @Nullable Edit edit, @JsonProperty("resolve") @Nullable Resolve resolve,
		@JsonProperty("signals") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Signal> signals, @JsonProperty("toolResults") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ToolResult> toolResults,
		@JsonProperty("addReactions") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reaction> addReactions,
		@JsonProperty("deleteMessages") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MessageRef> deleteMessages,
		@JsonProperty("typing") @Nullable Object typing, @JsonProperty("error") @Nullable Boolean error) {

	/** The most files one message may carry. */
	public static final int MAX_FILES = 15;

	private static final Pattern METADATA_KEY = Pattern.compile("^[A-Za-z0-9_:-]{1,128}$");

	/**
	 * Checks the combination.
	 * @param conversationId the conversation
	 * @param integrationIdentifier the channel integration
	 * @param reply a new message
	 * @param toolApprovalRequest a tool approval request
	 * @param edit an edit
	 * @param resolve resolution
	 * @param signals signals
	 * @param toolResults tool results
	 * @param addReactions reactions
	 * @param deleteMessages deletions
	 * @param typing a typing status
	 * @param error a runtime failure
	 * @throws IllegalArgumentException if an id is blank, no action is set, or {@code edit} or
	 * {@code error} is combined with another action
	 */
	public AgentReplyRequest {
		TextChecks.requireText(conversationId, "conversationId");
		TextChecks.requireText(integrationIdentifier, "integrationIdentifier");
		signals = (signals != null) ? List.copyOf(signals) : List.of();
		toolResults = (toolResults != null) ? List.copyOf(toolResults) : List.of();
		addReactions = (addReactions != null) ? List.copyOf(addReactions) : List.of();
		deleteMessages = (deleteMessages != null) ? List.copyOf(deleteMessages) : List.of();
		int others = count(reply, resolve, toolApprovalRequest) + (signals.isEmpty() ? 0 : 1)
				+ (toolResults.isEmpty() ? 0 : 1) + (addReactions.isEmpty() ? 0 : 1)
				+ (deleteMessages.isEmpty() ? 0 : 1);
		boolean failed = Boolean.TRUE.equals(error);
		if (edit != null && others > 0) {
			throw new IllegalArgumentException(
					"edit cannot be combined with reply, resolve, signals, toolResults, toolApprovalRequest, addReactions or deleteMessages");
		}
		if (failed && (others > 0 || edit != null || typing != null)) {
			throw new IllegalArgumentException("error cannot be combined with other actions");
		}
		if (others == 0 && edit == null && typing == null && !failed) {
			throw new IllegalArgumentException("an agent reply needs at least one action: reply, edit, resolve, signals, "
					+ "toolResults, toolApprovalRequest, addReactions, deleteMessages, typing or error");
		}
	}

	private static int count(@Nullable Object... values) {
		int count = 0;
		for (Object value : values) {
			count += (value != null) ? 1 : 0;
		}
		return count;
	}

	/**
	 * @param conversationId the conversation, from the inbound agent event
	 * @param integrationIdentifier the channel integration, e.g. {@code slack-support}
	 * @return a builder
	 */
	public static Builder builder(String conversationId, String integrationIdentifier) {
		return new Builder(conversationId, integrationIdentifier);
	}

	/**
	 * Message content: exactly one of markdown, a card or a tool approval card, with optional files.
	 *
	 * @param markdown plain text or markdown
	 * @param card a Chat SDK card element tree ({@code type: "card"})
	 * @param toolApprovalCard a tool approval card descriptor ({@code type: "tool-approval-card"})
	 * @param files attachments, at most 15
	 */
	public record Content(@JsonProperty("markdown") @Nullable String markdown,
			@JsonProperty("card") @Nullable Map<String, Object> card,
			@JsonProperty("toolApprovalCard") @Nullable Map<String, Object> toolApprovalCard,
			@JsonProperty("files") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FileRef> files) {

		/**
		 * Checks that exactly one body is set and the file count.
		 * @param markdown plain text or markdown
		 * @param card a card
		 * @param toolApprovalCard a tool approval card
		 * @param files attachments
		 */
		public Content {
			if (count(markdown, card, toolApprovalCard) != 1) {
				throw new IllegalArgumentException("content needs exactly one of markdown, card or toolApprovalCard");
			}
			files = (files != null) ? List.copyOf(files) : List.of();
			if (files.size() > MAX_FILES) {
				throw new IllegalArgumentException("at most " + MAX_FILES + " files per message, was " + files.size());
			}
			card = (card != null) ? new LinkedHashMap<>(card) : null;
			toolApprovalCard = (toolApprovalCard != null) ? new LinkedHashMap<>(toolApprovalCard) : null;
		}

		/**
		 * @param markdown plain text or markdown; Novu converts it to the platform's format
		 * @return the content
		 */
		public static Content markdown(String markdown) {
			return new Content(Objects.requireNonNull(markdown, "markdown"), null, null, null);
		}

		/**
		 * @param card a Chat SDK card element tree
		 * @return the content
		 */
		public static Content card(Map<String, Object> card) {
			return new Content(null, Objects.requireNonNull(card, "card"), null, null);
		}

		/**
		 * @param toolApprovalCard a tool approval card descriptor
		 * @return the content
		 */
		public static Content toolApprovalCard(Map<String, Object> toolApprovalCard) {
			return new Content(null, null, Objects.requireNonNull(toolApprovalCard, "toolApprovalCard"), null);
		}

		/**
		 * @param files the attachments, at most 15
		 * @return this content with those files
		 */
		public Content withFiles(List<FileRef> files) {
			return new Content(this.markdown, this.card, this.toolApprovalCard, files);
		}

	}

	/**
	 * An attachment: a public URL (up to 25 MB) or inline base64 data (up to 5 MB), never both.
	 *
	 * @param filename the name shown, with extension
	 * @param mimeType its MIME type
	 * @param data base64-encoded bytes
	 * @param url a public HTTP(S) URL
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FileRef(@JsonProperty("filename") String filename,
			@JsonProperty("mimeType") @Nullable String mimeType, @JsonProperty("data") @Nullable String data,
			@JsonProperty("url") @Nullable String url) {

		/**
		 * Checks the name and that exactly one of data and url is set.
		 * @param filename the name shown
		 * @param mimeType its MIME type
		 * @param data base64 bytes
		 * @param url a public URL
		 */
		public FileRef {
			TextChecks.requireText(filename, "filename");
			if (count(data, url) != 1) {
				throw new IllegalArgumentException("file '" + filename + "' needs exactly one of data or url");
			}
		}

		/**
		 * @param filename the name shown, with extension
		 * @param url a public HTTP(S) URL
		 * @return the file
		 */
		public static FileRef url(String filename, String url) {
			return new FileRef(filename, null, null, TextChecks.requireText(url, "url"));
		}

		/**
		 * @param filename the name shown, with extension
		 * @param mimeType its MIME type
		 * @param base64 the base64-encoded bytes
		 * @return the file
		 */
		public static FileRef inline(String filename, String mimeType, String base64) {
			return new FileRef(filename, mimeType, TextChecks.requireText(base64, "data"), null);
		}

	}

	/**
	 * An edit of an earlier agent message.
	 *
	 * @param messageId the platform id of the message
	 * @param content its new content
	 */
	public record Edit(@JsonProperty("messageId") String messageId, @JsonProperty("content") Content content) {

		/**
		 * Checks both fields.
		 * @param messageId the platform id of the message
		 * @param content its new content
		 */
		public Edit {
			TextChecks.requireText(messageId, "messageId");
			Objects.requireNonNull(content, "content");
		}

	}

	/**
	 * Marks the conversation resolved.
	 *
	 * @param summary an optional summary stored on the conversation
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Resolve(@JsonProperty("summary") @Nullable String summary) {
	}

	/**
	 * A side effect of this turn: a conversation metadata change or a workflow trigger.
	 *
	 * @param type {@code metadata} or {@code trigger}
	 * @param action {@code set}, {@code delete} or {@code clear} (metadata only)
	 * @param key the metadata key
	 * @param value the metadata value
	 * @param workflowId the workflow to trigger
	 * @param to the trigger's recipients (a subscriber id, subscriber or topic object, or a list of them);
	 * {@code null}: the conversation's subscriber
	 * @param payload the trigger's payload
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Signal(@JsonProperty("type") String type, @JsonProperty("action") @Nullable String action,
			@JsonProperty("key") @Nullable String key, @JsonProperty("value") @Nullable Object value,
			@JsonProperty("workflowId") @Nullable String workflowId, @JsonProperty("to") @Nullable Object to,
			@JsonProperty("payload") @Nullable Map<String, Object> payload) {

		/**
		 * @param key the metadata key: 1 to 128 letters, digits, {@code - _ :}
		 * @param value a JSON-serializable value
		 * @return a signal setting conversation metadata
		 */
		public static Signal setMetadata(String key, Object value) {
			return new Signal("metadata", "set", metadataKey(key), Objects.requireNonNull(value, "value"), null, null,
					null);
		}

		/**
		 * @param key the metadata key to remove
		 * @return a signal removing conversation metadata
		 */
		public static Signal deleteMetadata(String key) {
			return new Signal("metadata", "delete", metadataKey(key), null, null, null, null);
		}

		/** @return a signal clearing all conversation metadata */
		public static Signal clearMetadata() {
			return new Signal("metadata", "clear", null, null, null, null, null);
		}

		/**
		 * @param workflowId the workflow to trigger
		 * @param to the recipients, or {@code null} for the conversation's subscriber
		 * @param payload the payload, or {@code null}
		 * @return a signal triggering a workflow
		 */
		public static Signal trigger(String workflowId, @Nullable Object to, @Nullable Map<String, Object> payload) {
			return new Signal("trigger", null, null, null, TextChecks.requireText(workflowId, "workflowId"), to,
					payload);
		}

		private static String metadataKey(String key) {
			if (key == null || !METADATA_KEY.matcher(key).matches()) {
				throw new IllegalArgumentException(
						"metadata key must be 1 to 128 letters, digits, '-', '_' or ':', was '" + key + "'");
			}
			return key;
		}

	}

	/**
	 * A tool-call outcome kept in the conversation history.
	 *
	 * @param toolCallId the tool call it resolves
	 * @param toolName the tool's name
	 * @param output the JSON-serializable output
	 * @param preview a human-readable preview
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ToolResult(@JsonProperty("toolCallId") String toolCallId,
			@JsonProperty("toolName") @Nullable String toolName, @JsonProperty("output") @Nullable Object output,
			@JsonProperty("preview") @Nullable String preview) {

		/**
		 * Checks the tool call id.
		 * @param toolCallId the tool call it resolves
		 * @param toolName the tool's name
		 * @param output the output
		 * @param preview a preview
		 */
		public ToolResult {
			TextChecks.requireText(toolCallId, "toolCallId");
		}

	}

	/**
	 * The ledger row of a gated tool call; pair it with a {@link Content#toolApprovalCard(Map)} reply.
	 *
	 * @param approvalId the approval's unique id
	 * @param toolCallId the tool call awaiting approval
	 * @param name the tool's name
	 * @param input the input the model proposed
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ToolApprovalRequest(@JsonProperty("approvalId") String approvalId,
			@JsonProperty("toolCallId") String toolCallId, @JsonProperty("name") String name,
			@JsonProperty("input") @Nullable Map<String, Object> input) {

		/**
		 * Checks the required fields.
		 * @param approvalId the approval's id
		 * @param toolCallId the tool call
		 * @param name the tool's name
		 * @param input the proposed input
		 */
		public ToolApprovalRequest {
			TextChecks.requireText(approvalId, "approvalId");
			TextChecks.requireText(toolCallId, "toolCallId");
			TextChecks.requireText(name, "name");
		}

	}

	/**
	 * A reaction to add to a platform message.
	 *
	 * @param messageId the platform id of the message
	 * @param emojiName a cross-platform emoji name, e.g. {@code white_check_mark}
	 */
	public record Reaction(@JsonProperty("messageId") String messageId, @JsonProperty("emojiName") String emojiName) {

		/**
		 * Checks both fields.
		 * @param messageId the platform message id
		 * @param emojiName the emoji name
		 */
		public Reaction {
			TextChecks.requireText(messageId, "messageId");
			TextChecks.requireText(emojiName, "emojiName");
		}

	}

	/**
	 * A platform message, by id.
	 *
	 * @param messageId the platform id of the message
	 */
	public record MessageRef(@JsonProperty("messageId") String messageId) {

		/**
		 * Checks the id.
		 * @param messageId the platform message id
		 */
		public MessageRef {
			TextChecks.requireText(messageId, "messageId");
		}

	}

	/**
	 * Builds an {@link AgentReplyRequest}.
	 */
	public static final class Builder {

		private final String conversationId;

		private final String integrationIdentifier;

		private @Nullable Content reply;

		private @Nullable ToolApprovalRequest toolApprovalRequest;

		private @Nullable Edit edit;

		private @Nullable Resolve resolve;

		private final List<Signal> signals = new ArrayList<>();

		private final List<ToolResult> toolResults = new ArrayList<>();

		private final List<Reaction> addReactions = new ArrayList<>();

		private final List<MessageRef> deleteMessages = new ArrayList<>();

		private @Nullable Object typing;

		private @Nullable Boolean error;

		private Builder(String conversationId, String integrationIdentifier) {
			this.conversationId = conversationId;
			this.integrationIdentifier = integrationIdentifier;
		}

		/**
		 * @param reply the new message
		 * @return this builder
		 */
		public Builder reply(Content reply) {
			this.reply = Objects.requireNonNull(reply, "reply");
			return this;
		}

		/**
		 * @param markdown the new message, as plain text or markdown
		 * @return this builder
		 */
		public Builder replyMarkdown(String markdown) {
			return reply(Content.markdown(markdown));
		}

		/**
		 * @param toolApprovalRequest the ledger row of a gated tool call
		 * @return this builder
		 */
		public Builder toolApprovalRequest(ToolApprovalRequest toolApprovalRequest) {
			this.toolApprovalRequest = Objects.requireNonNull(toolApprovalRequest, "toolApprovalRequest");
			return this;
		}

		/**
		 * @param messageId the platform id of an earlier agent message
		 * @param content its new content
		 * @return this builder
		 */
		public Builder edit(String messageId, Content content) {
			this.edit = new Edit(messageId, content);
			return this;
		}

		/**
		 * @param summary a summary stored on the conversation, or {@code null}
		 * @return this builder, marking the conversation resolved
		 */
		public Builder resolve(@Nullable String summary) {
			this.resolve = new Resolve(summary);
			return this;
		}

		/**
		 * @param signal a metadata change or workflow trigger
		 * @return this builder
		 */
		public Builder signal(Signal signal) {
			this.signals.add(Objects.requireNonNull(signal, "signal"));
			return this;
		}

		/**
		 * @param toolResult a tool-call outcome
		 * @return this builder
		 */
		public Builder toolResult(ToolResult toolResult) {
			this.toolResults.add(Objects.requireNonNull(toolResult, "toolResult"));
			return this;
		}

		/**
		 * @param messageId the platform id of the message to react to
		 * @param emojiName a cross-platform emoji name
		 * @return this builder
		 */
		public Builder addReaction(String messageId, String emojiName) {
			this.addReactions.add(new Reaction(messageId, emojiName));
			return this;
		}

		/**
		 * @param messageId the platform id of a message to delete (history is kept)
		 * @return this builder
		 */
		public Builder deleteMessage(String messageId) {
			this.deleteMessages.add(new MessageRef(messageId));
			return this;
		}

		/**
		 * @param status the status text shown while the agent works, or {@code null} for Novu's "Thinking…"
		 * @return this builder
		 */
		public Builder typing(@Nullable String status) {
			Map<String, Object> typingStatus = new LinkedHashMap<>();
			if (status != null) {
				typingStatus.put("status", status);
			}
			this.typing = typingStatus;
			return this;
		}

		/** @return this builder, clearing the typing indicator */
		public Builder stopTyping() {
			this.typing = "stop";
			return this;
		}

		/** @return this builder, reporting that your runtime failed this turn */
		public Builder error() {
			this.error = Boolean.TRUE;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the combination breaks Novu's rules
		 */
		public AgentReplyRequest build() {
			return new AgentReplyRequest(this.conversationId, this.integrationIdentifier, this.reply,
					this.toolApprovalRequest, this.edit, this.resolve, this.signals, this.toolResults, this.addReactions,
					this.deleteMessages, this.typing, this.error);
		}

	}

}
