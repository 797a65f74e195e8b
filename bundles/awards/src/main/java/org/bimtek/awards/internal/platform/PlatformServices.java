package org.bimtek.awards.internal.platform;

import java.util.Optional;
import org.bimtek.api.certification.Certificates;
import org.bimtek.api.certification.CredentialSigner;
import org.bimtek.api.events.Attendance;
import org.bimtek.api.http.ApiException;
import org.bimtek.api.practice.PracticeResults;
import org.bimtek.api.quiz.QuizResults;
import org.bimtek.api.registry.Registry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The other features' services the awards read, every one optional and dynamic: the awards start, and keep answering,
 * whichever of them is installed. What needs a missing one says so (a computed criterion scores 0 with "data tidak
 * tersedia"; a nomination or a publication is refused with a message) instead of the whole module going away.
 */
@Component(service = PlatformServices.class)
public final class PlatformServices {

    private final ServiceSlot<Registry> registry = new ServiceSlot<>();
    private final ServiceSlot<Certificates> certificates = new ServiceSlot<>();
    private final ServiceSlot<QuizResults> quizResults = new ServiceSlot<>();
    private final ServiceSlot<PracticeResults> practiceResults = new ServiceSlot<>();
    private final ServiceSlot<Attendance> attendance = new ServiceSlot<>();
    private final ServiceSlot<CredentialSigner> signer = new ServiceSlot<>();

    public Optional<Registry> registry() {
        return registry.get();
    }

    /** The registry, or a 503 that says it is not there: nominations and the jury's unit rule cannot do without it. */
    public Registry requireRegistry() {
        return registry.get().orElseThrow(() -> new ApiException(503, "registry_unavailable",
                "Registri admin sedang tidak tersedia; coba lagi sebentar lagi.", null));
    }

    public Optional<Certificates> certificates() {
        return certificates.get();
    }

    public Optional<QuizResults> quizResults() {
        return quizResults.get();
    }

    public Optional<PracticeResults> practiceResults() {
        return practiceResults.get();
    }

    public Optional<Attendance> attendance() {
        return attendance.get();
    }

    public Optional<CredentialSigner> signer() {
        return signer.get();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindRegistry(Registry service) {
        registry.bind(service);
    }

    public void unbindRegistry(Registry service) {
        registry.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindCertificates(Certificates service) {
        certificates.bind(service);
    }

    public void unbindCertificates(Certificates service) {
        certificates.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindQuizResults(QuizResults service) {
        quizResults.bind(service);
    }

    public void unbindQuizResults(QuizResults service) {
        quizResults.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindPracticeResults(PracticeResults service) {
        practiceResults.bind(service);
    }

    public void unbindPracticeResults(PracticeResults service) {
        practiceResults.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindAttendance(Attendance service) {
        attendance.bind(service);
    }

    public void unbindAttendance(Attendance service) {
        attendance.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindSigner(CredentialSigner service) {
        signer.bind(service);
    }

    public void unbindSigner(CredentialSigner service) {
        signer.unbind(service);
    }
}
