package org.warledger.server.axon;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the aggregate a command is for from its {@link TargetAggregateIdentifier} member, looked up
 * once per command class. Axon's {@link AnnotationCommandTargetResolver} reflects over the
 * command's class on every command (copies of every declared method and their annotations, a few
 * kilobytes of garbage and microseconds per command); this one answers the same, from a cached
 * accessor. Classes whose identifier it does not find (none here) go to Axon's resolver, which
 * also gives its error for a command without one.
 */
final class CommandTargets implements CommandTargetResolver {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();
    private final ClassValue<MethodHandle> identifiers = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            MethodHandle accessor = identifierOf(type);
            return accessor == null ? null : accessor.asType(MethodType.methodType(Object.class, Object.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        MethodHandle identifier = payload == null ? null : identifiers.get(payload.getClass());
        if (identifier == null) {
            return axon.resolveTarget(command);
        }
        Object id;
        try {
            id = (Object) identifier.invokeExact(payload);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("could not read the target of " + payload.getClass().getName(), e);
        }
        if (id == null) {
            throw new IllegalArgumentException("Invalid command. It does not identify the target aggregate. "
                    + "Make sure at least one of the fields or methods in the [" + payload.getClass().getSimpleName()
                    + "] class contains the @TargetAggregateIdentifier annotation and that it returns a non-null value.");
        }
        return new VersionedAggregateIdentifier(id, null);
    }

    /** An accessor for the class's identifier (a field, else a method without parameters), or null. */
    private static MethodHandle identifierOf(Class<?> type) {
        try {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                        f.setAccessible(true);
                        return LOOKUP.unreflectGetter(f);
                    }
                }
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(TargetAggregateIdentifier.class) && m.getParameterCount() == 0) {
                        m.setAccessible(true);
                        return LOOKUP.unreflect(m);
                    }
                }
            }
            return null;
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
