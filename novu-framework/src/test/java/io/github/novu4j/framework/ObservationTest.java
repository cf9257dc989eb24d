package io.github.novu4j.framework;

import static io.github.novu4j.framework.TestWorkflows.execute;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

/** One observation {@code novu.framework.bridge} per request, with bounded tags and nothing secret. */
class ObservationTest {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	{
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				stopped.add(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}
		});
	}

	private final NovuBridge bridge = NovuBridge.builder(TestWorkflows.SECRET)
		.clock(TestWorkflows.CLOCK)
		.observationRegistry(registry)
		.workflow(TestWorkflows.welcome())
		.build();

	private Map<String, String> onlyTags() {
		TestObservationRegistryAssert.assertThat(registry)
			.hasNumberOfObservationsWithNameEqualTo("novu.framework.bridge", 1);
		Map<String, String> tags = new java.util.TreeMap<>();
		stopped.get(0).getLowCardinalityKeyValues()
			.forEach((KeyValue keyValue) -> tags.put(keyValue.getKey(), keyValue.getValue()));
		assertThat(stopped.get(0).getHighCardinalityKeyValues()).isEmpty();
		return tags;
	}

	@Test
	void anExecuteIsObservedWithActionWorkflowStepAndOutcome() {
		bridge.handle(execute("welcome", "digest-step", "{\"payload\":{\"name\":\"secret-payload\"},\"controls\":{}}"));

		assertThat(onlyTags()).isEqualTo(Map.of("action", "execute", "workflow", "welcome", "step", "digest-step",
				"outcome", "SUCCESS", "status", "200", "error", "none"));
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("novu.framework.bridge")
			.that()
			.hasContextualNameEqualTo("novu bridge execute")
			.hasBeenStarted()
			.hasBeenStopped()
			.doesNotHaveError();
		assertThat(stopped.get(0).toString()).doesNotContain("secret-payload",
				TestWorkflows.SECRET);
	}

	@Test
	void aSkippedStepIsSkipped() {
		bridge.handle(execute("welcome", "email-step", "{\"payload\":{},\"controls\":{\"skipIfVip\":true},\"state\":[{"
				+ "\"stepId\":\"digest-step\",\"outputs\":{\"events\":[],\"eventCount\":2}}]}"));

		assertThat(onlyTags()).containsEntry("outcome", "SKIPPED").containsEntry("step", "email-step");
	}

	@Test
	void errorsCarryTheirCodeAndUnknownIdsDoNotBecomeTags() {
		bridge.handle(execute("made-up-workflow", "made-up-step", "{}"));

		assertThat(onlyTags()).isEqualTo(Map.of("action", "execute", "workflow", "unknown", "step", "unknown",
				"outcome", "CLIENT_ERROR", "status", "404", "error", "WorkflowNotFoundError"));
	}

	@Test
	void aBadSignatureAndAnUnknownActionAreBounded() {
		bridge.handle(BridgeRequest.get(Map.of("action", "discover-" + System.nanoTime()), Map.of()));

		assertThat(onlyTags()).containsEntry("action", "other")
			.containsEntry("workflow", "none")
			.containsEntry("outcome", "CLIENT_ERROR")
			.containsEntry("status", "401")
			.containsEntry("error", "SignatureNotFoundError");
	}

	@Test
	void aServerErrorIsRecordedAsTheObservationsError() {
		NovuBridge failing = NovuBridge.builder(TestWorkflows.SECRET)
			.clock(TestWorkflows.CLOCK)
			.observationRegistry(registry)
			.workflow(Workflow.builder("boom", TestWorkflows.Named.class)
				.sms("sms", JsonType.none(), ctx -> {
					throw new IllegalStateException("resolver failed");
				})
				.build())
			.build();

		failing.handle(execute("boom", "sms", "{\"payload\":{\"name\":\"x\"},\"controls\":{}}"));

		assertThat(onlyTags()).containsEntry("outcome", "SERVER_ERROR").containsEntry("error", "StepExecutionFailedError");
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("novu.framework.bridge")
			.that()
			.hasError();
	}

	@Test
	void withoutARegistryNothingIsObservedAndHealthCheckIsTagged() {
		NovuBridge plain = NovuBridge.builder(TestWorkflows.SECRET).workflow(TestWorkflows.welcome()).build();
		assertThat(plain.handle(BridgeRequest.get(Map.of(), Map.of())).status()).isEqualTo(200);
		assertThat(stopped).isEmpty();

		bridge.handle(BridgeRequest.get(Map.of(), Map.of()));
		assertThat(onlyTags()).containsEntry("action", "health-check").containsEntry("outcome", "SUCCESS");
	}

	@Test
	void theBridgeRunsWithoutMicrometerOnTheClassPath() throws Throwable {
		URL[] withoutMicrometer = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.contains("micrometer"))
			.map(entry -> {
				try {
					return Path.of(entry).toUri().toURL();
				}
				catch (MalformedURLException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.toArray(URL[]::new);
		try (URLClassLoader loader = new URLClassLoader(withoutMicrometer, ClassLoader.getPlatformClassLoader())) {
			assertThat(loader.getResource("io/micrometer/observation/ObservationRegistry.class")).isNull();
			Class<?> bridgeClass = loader.loadClass(NovuBridge.class.getName());
			Class<?> requestClass = loader.loadClass(BridgeRequest.class.getName());
			Object builder = bridgeClass.getMethod("insecureForLocalDevelopment").invoke(null);
			// Builder.observationRegistry(ObservationRegistry) names a Micrometer type: reflecting over all of the builder's
			// methods would need it, calling one method does not.
			Object bridge = MethodHandles.publicLookup()
				.findVirtual(builder.getClass(), "build", MethodType.methodType(bridgeClass))
				.invoke(builder);
			Object request = requestClass.getMethod("get", Map.class, Map.class).invoke(null, Map.of(), Map.of());
			Object response = bridgeClass.getMethod("handle", requestClass).invoke(bridge, request);

			assertThat(response.getClass().getMethod("status").invoke(response)).isEqualTo(200);
		}
	}
}
