from django.urls import path

from genauth_site import views

urlpatterns = [
    path("applications/", views.ApplicationsView.as_view(), name="applications"),
    path("health/", views.health, name="health"),
]
