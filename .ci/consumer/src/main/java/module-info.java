module org.example.sourcing {
  requires org.agricluster;
}
