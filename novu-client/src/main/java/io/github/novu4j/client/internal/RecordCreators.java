package io.github.novu4j.client.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedWithParams;
import tools.jackson.databind.module.SimpleModule;

/**
 * Builds the client's records through a method handle made once per record type. Jackson 3 (3.0 to 3.1)
 * calls a record's canonical constructor with {@code MethodHandle.invokeWithArguments}, which adapts the
 * handle to the argument array on every call: in a page of 100 subscribers that is over a hundred
 * adaptations per page, and it showed in the profile. Everything else (which creator, the arguments, how a
 * failure of the constructor is reported) stays Jackson's: only the call itself is replaced.
 *
 * <p>Applies to public records with a public canonical constructor in {@code io.github.novu4j}; any other
 * type keeps Jackson's own instantiator.
 */
final class RecordCreators extends SimpleModule {

	private static final long serialVersionUID = 1L;

	private static final String PACKAGE_PREFIX = "io.github.novu4j.";

	RecordCreators() {
		super("novu4j-record-creators");
	}

	@Override
	public void setupModule(JacksonModule.SetupContext context) {
		super.setupModule(context);
		context.addValueInstantiators(new ValueInstantiators() {
			@Override
			public @Nullable ValueInstantiator findValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier beanDescRef) {
				return null;
			}

			@Override
			public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
					BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
				return faster(defaultInstantiator);
			}
		});
	}

	/**
	 * @param instantiator Jackson's instantiator of a type
	 * @return one that calls the canonical constructor of a record of this client through a prepared
	 * handle, or the instantiator itself for anything else
	 */
	static ValueInstantiator faster(ValueInstantiator instantiator) {
		if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()) {
			return instantiator;
		}
		Class<?> type = instantiator.getValueClass();
		AnnotatedWithParams creator = instantiator.getWithArgsCreator();
		if (!type.isRecord() || !type.getName().startsWith(PACKAGE_PREFIX) || !Modifier.isPublic(type.getModifiers())
				|| !(creator instanceof AnnotatedConstructor constructor)) {
			return instantiator;
		}
		Constructor<?> canonical = constructor.getAnnotated();
		if (!Modifier.isPublic(canonical.getModifiers())) {
			return instantiator;
		}
		try {
			MethodHandle handle = MethodHandles.publicLookup().unreflectConstructor(canonical);
			int arity = canonical.getParameterCount();
			// (Object[]) -> Object: spread and cast (unboxing for primitive components) once, here.
			MethodHandle spread = handle.asType(handle.type().changeReturnType(Object.class))
				.asSpreader(Object[].class, arity)
				.asType(MethodType.methodType(Object.class, Object[].class));
			return new PreparedRecordInstantiator((StdValueInstantiator) instantiator, spread);
		}
		catch (IllegalAccessException | RuntimeException ex) {
			// Not reachable from here after all (a module boundary): Jackson's way still works.
			return instantiator;
		}
	}

	/** Jackson's instantiator of a record, with the canonical constructor called through a prepared handle. */
	static final class PreparedRecordInstantiator extends StdValueInstantiator {

		private static final long serialVersionUID = 1L;

		private final transient MethodHandle constructor;

		PreparedRecordInstantiator(StdValueInstantiator source, MethodHandle constructor) {
			super(source);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) throws JacksonException {
			try {
				return (Object) this.constructor.invokeExact(args);
			}
			catch (Exception ex) {
				// As StdValueInstantiator reports a failed creator call.
				return ctxt.handleInstantiationProblem(this._valueClass, args, rewrapCtorProblem(ctxt, ex));
			}
			catch (Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
