package no.samhandling.suite;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * The classes of the run in a shuffled order (JUnit's random orderer, seeded by
 * {@code junit.jupiter.execution.order.random.seed}), the {@link BlackBox} ones after the in-container ones so that
 * they share one deployment. No test may depend on what another left behind: the order is new with every build.
 */
public final class RandomWithBlackBoxLast implements ClassOrderer {

    private final ClassOrderer random = new ClassOrderer.Random();

    @Override
    public void orderClasses(ClassOrdererContext context) {
        random.orderClasses(context);
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> d.isAnnotated(BlackBox.class)));
        if (context.getClassDescriptors().size() > 1) { // surefire also discovers each class alone
            System.out.println("== integration tests in shuffled order, seed "
                    + context.getConfigurationParameter("junit.jupiter.execution.order.random.seed").orElse("(none)")
                    + " (-Dit.seed=<seed> repeats it): " + context.getClassDescriptors().stream()
                    .map(d -> d.getTestClass().getSimpleName()).toList());
        }
    }
}
