package org.warledger.server.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.warledger.domain.ceasefire.CeasefireCommands;
import org.warledger.domain.claim.ClaimCommands;
import org.warledger.domain.operation.OperationCommands;
import org.warledger.domain.registry.ClaimantCommands;
import org.warledger.domain.registry.PartyCommands;
import org.warledger.domain.statement.StatementCommands;
import org.warledger.domain.strike.StrikeCommands;

/** The cached resolver sends every command to the aggregate Axon's own resolver would. */
class CommandTargetsTest {

    private static final List<Class<?>> HOLDERS = List.of(StrikeCommands.class, ClaimCommands.class,
            CeasefireCommands.class, StatementCommands.class, OperationCommands.class, PartyCommands.class,
            ClaimantCommands.class);

    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    record ByField(@TargetAggregateIdentifier String strikeId, String note) {
    }

    static final class ByMethod {
        @TargetAggregateIdentifier
        String target() {
            return "claim-7";
        }
    }

    record NoTarget(String strikeId) {
    }

    private VersionedAggregateIdentifier ours(Object command) {
        return targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
    }

    private VersionedAggregateIdentifier axons(Object command) {
        return axon.resolveTarget(GenericCommandMessage.asCommandMessage(command));
    }

    @Test
    void everyTargetedCommandOfTheDomainResolvesAsWithAxon() throws Exception {
        List<Class<?>> targeted = new ArrayList<>();
        int compared = 0;
        for (Class<?> holder : HOLDERS) {
            for (Class<?> type : holder.getDeclaredClasses()) {
                if (!type.isRecord() || !hasTarget(type)) {
                    continue;
                }
                targeted.add(type);
                Object command = sample(type);
                if (command != null) {
                    assertThat(ours(command)).as(type.getSimpleName()).isEqualTo(axons(command));
                    assertThat(ours(command).getIdentifier()).isEqualTo("target-1");
                    compared++;
                }
            }
        }
        assertThat(targeted).hasSizeGreaterThan(20);
        assertThat(compared).as("commands built with sample values and compared").isGreaterThan(10);
    }

    @Test
    void aFieldOrAMethodCanNameTheTarget() {
        assertThat(ours(new ByField("strike-3", "x")).getIdentifier()).isEqualTo("strike-3");
        assertThat(ours(new ByField("strike-3", "x"))).isEqualTo(axons(new ByField("strike-3", "x")));
        assertThat(ours(new ByMethod()).getIdentifier()).isEqualTo("claim-7");
    }

    @Test
    void aMissingOrNullTargetIsRefusedLikeAxonDoes() {
        assertThatThrownBy(() -> ours(new ByField(null, "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not identify the target aggregate");
        assertThatThrownBy(() -> axons(new ByField(null, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ours(new NoTarget("strike-3"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not identify the target aggregate");
    }

    private static boolean hasTarget(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)) {
                return true;
            }
        }
        return false;
    }

    /** The command with "target-1" as its target and neutral values elsewhere, or null if it refuses them. */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean target = components[i].getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class);
            args[i] = target ? "target-1" : neutral(types[i]);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        try {
            return canonical.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException refused) {
            return null;
        }
    }

    private static Object neutral(Class<?> type) {
        if (type == String.class) return "x";
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0;
        if (type == List.class) return List.of();
        if (type == java.util.Set.class) return java.util.Set.of();
        if (type == java.util.Map.class) return java.util.Map.of();
        return null;
    }
}
