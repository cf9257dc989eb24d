package io.github.novu4j.autoconfigure.webhooks;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code novu.webhooks.secret} or {@code novu.webhooks.secrets} is set. */
class OnWebhookSecretCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Binder binder = Binder.get(context.getEnvironment());
		boolean secret = binder.bind("novu.webhooks.secret", String.class).map((s) -> !s.isBlank()).orElse(false);
		boolean secrets = binder.bind("novu.webhooks.secrets", Bindable.listOf(String.class))
			.map((list) -> list.stream().anyMatch((s) -> s != null && !s.isBlank()))
			.orElse(false);
		if (secret || secrets) {
			return ConditionOutcome.match("a Novu webhook secret is configured");
		}
		return ConditionOutcome.noMatch("neither novu.webhooks.secret nor novu.webhooks.secrets is set");
	}

}
