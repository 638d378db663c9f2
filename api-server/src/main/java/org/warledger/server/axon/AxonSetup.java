package org.warledger.server.axon;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.json.JacksonSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warledger.domain.ceasefire.Ceasefire;
import org.warledger.domain.claim.Claim;
import org.warledger.domain.operation.Operation;
import org.warledger.domain.registry.Claimant;
import org.warledger.domain.registry.Party;
import org.warledger.domain.statement.Statement;
import org.warledger.domain.strike.Strike;
import org.warledger.projections.ReadModels;
import org.warledger.server.store.ChainedEventStorageEngine;
import org.warledger.server.store.GroupCommitAppender;
import org.warledger.server.store.JtaTransactionManager;
import org.warledger.server.store.RequestLog;
import org.warledger.server.store.StoreDataSource;

/**
 * Wires Axon into Quarkus (there is no extension): the chained JDBC event store on the Agroal
 * data source, cached and snapshotted aggregates, and one pooled streaming processor per read
 * model whose batches run in JTA transactions together with their tracking tokens.
 */
@Startup
@ApplicationScoped
public class AxonSetup {

    /** Aggregates of the ledger; each is cached and snapshotted. */
    static final List<Class<?>> AGGREGATES = List.of(Strike.class, Party.class, Claimant.class, Claim.class,
            Ceasefire.class, Statement.class, Operation.class);

    private final Configuration configuration;
    private final GroupCommitAppender appender;
    private final ReadModels readModels;
    private final RequestLog requestLog;
    private final ProjectionProgress progress = new ProjectionProgress();
    private final ScheduledExecutorService retries = Executors.newScheduledThreadPool(1);
    private final CoordinatorExecutors coordinators = new CoordinatorExecutors();
    private WakingMessageSource wakingSource;

    @Inject
    public AxonSetup(@StoreDataSource.Store AgroalDataSource dataSource, jakarta.transaction.TransactionManager jta,
                     @ConfigProperty(name = "warledger.processor.batch-size", defaultValue = "500") int batchSize,
                     @ConfigProperty(name = "warledger.processor.segments", defaultValue = "1") int segments,
                     @ConfigProperty(name = "warledger.snapshot.threshold", defaultValue = "100") int snapshotEvery,
                     @ConfigProperty(name = "warledger.node-id") java.util.Optional<String> nodeId,
                     @ConfigProperty(name = "warledger.processor.wake-on-commit", defaultValue = "true") boolean wake,
                     @ConfigProperty(name = "warledger.event-store.cached-events", defaultValue = "1024") int cachedEvents,
                     io.micrometer.core.instrument.MeterRegistry metrics) {
        this.appender = new GroupCommitAppender(dataSource);
        appender.reportBatchSizes(io.micrometer.core.instrument.DistributionSummary
                .builder("warledger.appender.batch.events").description("events per group commit of the event store")
                .register(metrics)::record);
        this.readModels = new ReadModels(dataSource);
        this.requestLog = new RequestLog(dataSource);
        JacksonSerializer events = Serializers.events();
        JtaTransactionManager transactions = new JtaTransactionManager(jta);

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> events)
                .configureEventSerializer(c -> events)
                .configureMessageSerializer(c -> events)
                .configureCorrelationDataProviders(c -> List.of(new CommandCorrelation(new MessageOriginProvider()),
                        new CommandCorrelation(new SimpleCorrelationDataProvider(Metadata.RECORDED_BY,
                                Metadata.REQUEST_ID, Metadata.RECORDED_AT, Metadata.CLIENT_NAME))))
                .configureEventStore(c -> {
                    // Axon keeps the newest events in memory for the processors that follow the head; its
                    // default of 10,000 held 25-30 MB of the heap's live set and made every full collection
                    // about a fifth longer. 1,024 is 0.5-1 s of appends under load, far more than the
                    // projections' lag; a processor further behind reads from the store instead
                    EmbeddedEventStore store = EmbeddedEventStore.builder()
                            .storageEngine(new ChainedEventStorageEngine(JdbcEventStorageEngine.builder()
                                    .connectionProvider(dataSource::getConnection)
                                    .transactionManager(NoTransactionManager.INSTANCE)
                                    .eventSerializer(events)
                                    .snapshotSerializer(Serializers.snapshots())
                                    .dataType(String.class)
                                    .schema(EventTables.SCHEMA), appender))
                            .messageMonitor(c.messageMonitor(EmbeddedEventStore.class, "eventStore"))
                            .cachedEvents(cachedEvents)
                            .build();
                    c.onShutdown(store::shutDown);
                    return store;
                })
                .registerComponent(CommandGateway.class, c -> {
                    DefaultCommandGateway.Builder gateway = DefaultCommandGateway.builder();
                    gateway.commandBus(c.commandBus());
                    // concurrency conflicts (another node wrote the same entity) are retried here
                    gateway.retryScheduler(new ConflictRetryScheduler(retries, 8, metrics.counter(
                            "warledger.command.conflict.retries")::increment));
                    return gateway.build();
                });

        WeakReferenceCache cache = new WeakReferenceCache();
        CommandTargets targets = new CommandTargets();
        for (Class<?> type : AGGREGATES) {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(type)
                    .configureCache(c -> cache)
                    .configureCommandTargetResolver(c -> targets)
                    .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                            snapshotEvery)));
        }

        configurer.eventProcessing(ep -> {
            ep.usingPooledStreamingEventProcessors()
                    .registerTokenStore(c -> JdbcTokenStore.builder()
                            .connectionProvider(dataSource::getConnection)
                            .serializer(events)
                            .schema(TokenSchema.builder().setTokenTable("token_entry")
                                    .setProcessorNameColumn("processor_name").setTokenTypeColumn("token_type")
                                    .build())
                            .nodeId(nodeId.orElseGet(AxonSetup::defaultNodeId))
                            .build())
                    .registerDefaultTransactionManager(c -> transactions)
                    .registerPooledStreamingEventProcessorConfiguration((c, b) -> (wake ? b.messageSource(wakingSource(c)) : b)
                            .coordinatorExecutor(coordinators::forProcessor)
                            .initialToken(StreamableMessageSource::createTailToken)
                            .batchSize(batchSize)
                            .initialSegmentCount(segments)
                            .maxClaimedSegments(Math.max(segments, 1)));
            readModels.eventHandlers().forEach(handler -> ep.registerEventHandler(c -> handler));
            ReadModels.processingGroups().forEach(group ->
                    ep.registerHandlerInterceptor(group, c -> progress.interceptor(group)));
        });
        // a processor's coordinator refills its work package as soon as a batch commits, not 100 ms later
        progress.addListener(coordinators::batchCommitted);
        // a reset that a crash interrupted after its commit is finished before any processor runs
        readModels.finishResets(null);
        this.configuration = configurer.start();
    }

    /** One source for every processor, woken by this node's commits (see {@link WakingMessageSource}). */
    private synchronized WakingMessageSource wakingSource(Configuration c) {
        if (wakingSource == null) {
            wakingSource = new WakingMessageSource(c.eventStore(), appender::headPosition);
        }
        return wakingSource;
    }

    /** Identifies this process in token claims: host name and process id. */
    static String defaultNodeId() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    }

    @Produces
    public Configuration configuration() {
        return configuration;
    }

    @Produces
    public CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    @Produces
    public EventStore eventStore() {
        return configuration.eventStore();
    }

    @Produces
    public ProjectionProgress projectionProgress() {
        return progress;
    }

    @Produces
    public ReadModels readModels() {
        return readModels;
    }

    @Produces
    public RequestLog requestLog() {
        return requestLog;
    }

    @Produces
    public GroupCommitAppender appender() {
        return appender;
    }

    /** Stops processors and drains the appender while the data source is still open. */
    void shutdown(@Observes @Priority(1) ShutdownEvent event) {
        configuration.shutdown();
        if (wakingSource != null) {
            wakingSource.close();
        }
        appender.close();
        coordinators.close();
        retries.shutdownNow();
    }
}
